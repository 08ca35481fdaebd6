package pa.gob.refugio.registration.statelessness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Outcome;

/** The bodies of the statelessness commands. */
public final class StatelessnessRequests {

    /** The referral: why (required, encrypted at rest) and when (default today). */
    public record Referral(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate referredOn) {
    }

    /** MIRE's acknowledgement: when, and MIRE's reference. */
    public record Acknowledgement(@NotNull @PastOrPresent LocalDate acknowledgedOn,
                                  @Size(max = 80) String mireReference) {
    }

    /** MIRE's decision: the outcome, when, and MIRE's reference (e.g. of its resolution). */
    public record Decision(@NotNull Outcome outcome, @NotNull @PastOrPresent LocalDate decidedOn,
                           @Size(max = 80) String mireReference) {
    }

    private StatelessnessRequests() {
    }
}
