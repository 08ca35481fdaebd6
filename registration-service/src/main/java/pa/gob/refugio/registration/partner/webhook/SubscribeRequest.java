package pa.gob.refugio.registration.partner.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner's new webhook: the target URL (host on the allow-list, https) and an optional description. */
public record SubscribeRequest(@NotBlank @Size(max = 2000) String url, @Size(max = 200) String description) {
}
