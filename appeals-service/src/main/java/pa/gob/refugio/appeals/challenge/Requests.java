package pa.gob.refugio.appeals.challenge;

import jakarta.validation.Valid;
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

    /**
     * A reconsideration or an appeal filed at ONPAR; {@code filedOn} defaults to today and may not be in the future.
     * Filed on paper: {@code paperReceipt} with ONPAR's receipt reference and the day it was received, which is the
     * filing date (accepted within the window even after the window lapsed).
     */
    public record File(@NotNull UUID decisionId, LocalDate filedOn, @NotBlank @Size(max = 20000) String grounds,
                       @Valid PaperReceipt paperReceipt) {

        FilingRequest toFiling() {
            return new FilingRequest(decisionId, legalDate(), grounds);
        }

        /** The filing's legal date: the paper's reception, else {@code filedOn} (null: today). */
        LocalDate legalDate() {
            return paperReceipt != null ? paperReceipt.receivedOn() : filedOn;
        }
    }

    /** ONPAR's receipt of a filing on paper: its reference (registry number) and the day it was received. */
    public record PaperReceipt(@NotBlank @Size(max = 100) String reference, @NotNull LocalDate receivedOn) {
    }

    /** A supervisor reinstates a window that lapsed in error, stating the legal ground (kept encrypted). */
    public record Reinstatement(@NotBlank @Size(max = 5000) String legalGround) {
    }

    /** Why a back-dated entry is rejected (kept encrypted). */
    public record Rejection(@Size(max = 2000) String reason) {
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
