package pa.gob.refugio.documents.renewal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** SNM's decision on a pending renewal. */
public record RenewalDecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String note) {
}
