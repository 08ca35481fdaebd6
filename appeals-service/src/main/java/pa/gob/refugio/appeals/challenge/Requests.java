package pa.gob.refugio.appeals.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;

/** Request bodies of the challenge endpoints. */
public final class Requests {

    private Requests() {
    }

    /** A reconsideration or an appeal filed at ONPAR; {@code filedOn} defaults to today and may not be in the future. */
    public record File(@NotNull UUID decisionId, LocalDate filedOn, @NotBlank @Size(max = 20000) String grounds) {

        ChallengeService.FilingRequest toFiling() {
            return new ChallengeService.FilingRequest(decisionId, filedOn, grounds);
        }
    }

    public record DecideReconsideration(@NotNull ReconsiderationStatus.Outcome outcome,
                                        @NotBlank @Size(max = 20000) String reasons, LocalDate decidedOn) {
    }

    public record DecideAppeal(@NotNull AppealStatus.Outcome outcome, @NotBlank @Size(max = 20000) String reasons,
                               LocalDate decidedOn) {
    }

    public record Notification(@NotNull LocalDate notifiedOn, @NotBlank @Size(max = 60) String channel) {
    }

    public record JudicialReview(UUID decisionId, @NotNull LocalDate filedOn,
                                 @NotBlank @Size(max = 100) String courtReference) {
    }
}
