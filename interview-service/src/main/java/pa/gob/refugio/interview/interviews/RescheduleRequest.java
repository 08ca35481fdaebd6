package pa.gob.refugio.interview.interviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the interview moves (kept in this service, not in the event). */
public record RescheduleRequest(@NotBlank @Size(max = 2000) String reason) {
}
