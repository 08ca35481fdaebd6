package pa.gob.refugio.decision.ending;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.decision.StatusEnded.Kind;

/**
 * CONARE's end of the refugee status of the members listed (each recognised, recognition in force): how (kind), on
 * which configured legal ground (its code), when it was signed (default today), and its reasons (encrypted at rest,
 * never in an event).
 */
public record StatusEndRequest(
        @NotEmpty @Size(max = 30) List<@NotNull UUID> memberIds,
        @NotNull Kind kind,
        @NotBlank @Size(max = 80) String ground,
        @PastOrPresent LocalDate decidedOn,
        @NotBlank @Size(max = 20000) String reasons) {
}
