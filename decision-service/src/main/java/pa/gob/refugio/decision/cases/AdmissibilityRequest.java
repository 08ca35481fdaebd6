package pa.gob.refugio.decision.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** ONPAR's admissibility decision; a non-admission names its ground and gives reasons. */
public record AdmissibilityRequest(
        @NotNull Outcome outcome,
        NotAdmissibleGround ground,
        @Size(max = 20000) String reasons,
        @PastOrPresent LocalDate decidedOn) {

    public enum Outcome { ADMITTED, NOT_ADMITTED }
}
