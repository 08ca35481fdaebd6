package pa.gob.refugio.interview.interviews;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Which member ONPAR calls to an extension interview, and why (kept in this service, not in the event). */
public record ExtensionInterviewRequest(@NotNull UUID memberId, @NotBlank @Size(max = 2000) String reason) {
}
