package pa.gob.refugio.registration.partner.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/** What each side sees of a referral. */
public final class ReferralViews {

    private ReferralViews() {
    }

    /**
     * What the partner sees of its own referral: the coarse status only, never the case, reasons, outcomes or
     * document numbers. After consent is withdrawn the status stays as it was, with {@code consentWithdrawn: true}.
     */
    public record PartnerView(UUID referralId, String partnerReference, CoarseStatus status, Instant statusSince,
                              boolean consentWithdrawn, Instant receivedAt) {
        static PartnerView of(Referral r) {
            return new PartnerView(r.id(), r.partnerReference(), r.coarseStatus(), r.coarseStatusSince(),
                    r.consentWithdrawn(), r.createdAt());
        }
    }

    /** What ONPAR sees: the person's facts, the consent, the referral's state and the case it became. */
    public record OnparView(UUID referralId, String partner, String partnerReference, PersonView person,
                            Consent.View consent, ReferralState state, UUID caseId, String declineReason,
                            String handledBy, Instant handledAt, CoarseStatus partnerStatus,
                            boolean consentWithdrawn, Instant consentWithdrawnAt, String consentWithdrawnBy,
                            Instant receivedAt, String createdBy, long version) implements CaseScoped {

        /** A read of the person's facts is audited under the case the referral became (none before acceptance). */
        @Override
        public UUID auditCaseId() {
            return caseId;
        }

        static OnparView of(Referral r) {
            return new OnparView(r.id(), r.partner(), r.partnerReference(),
                    new PersonView(r.givenNames(), r.familyNames(), r.dateOfBirth(), r.nationalities(),
                            r.contactChannel(), r.needsSummary()),
                    r.consent().view(), r.state(), r.caseId().orElse(null), r.declineReason(), r.handledBy(),
                    r.handledAt(), r.coarseStatus(), r.consentWithdrawn(), r.consentWithdrawnAt(),
                    r.consentWithdrawnBy(), r.createdAt(), r.createdBy(), r.version());
        }
    }

    public record PersonView(String givenNames, String familyNames, LocalDate dateOfBirth, List<String> nationalities,
                             String contactChannel, String needsSummary) {
    }

    /** One page of a listing; {@code size} is the page size applied (at most {@value Paging#MAX_SIZE}). */
    public record Page<T>(int page, int size, long total, List<T> items) {
    }
}
