package pa.gob.refugio.decision.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.decision.cases.RecognitionGround.LegalBasis;

/**
 * CONARE's eligibility decision: recognition with a legal basis (and optionally its ground), or rejection with
 * reasons; for the members listed, or every member still waiting when none are.
 */
public record EligibilityRequest(
        @NotNull Outcome outcome,
        LegalBasis legalBasis,
        RecognitionGround ground,
        @Size(max = 20000) String reasons,
        @Size(max = 30) List<@NotNull UUID> memberIds,
        @PastOrPresent LocalDate decidedOn) {

    public enum Outcome { RECOGNIZED, REJECTED }
}
