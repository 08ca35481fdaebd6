package pa.gob.refugio.decision.cases;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The notification of a resolution to the applicant; the challenge windows run from {@code notifiedOn}. */
public record NotificationRequest(
        @NotNull LocalDate notifiedOn,
        @NotNull NotificationChannel channel,
        boolean acknowledged) {
}
