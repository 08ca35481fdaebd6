package pa.gob.refugio.registration.statelessness;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.registration.StatelessnessReferralMade.ReferringBody;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Outcome;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Status;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A statelessness referral as ONPAR, CONARE and MIRE read it (the reason decrypted for them). */
public record StatelessnessReferralView(UUID referralId, UUID caseId, UUID memberId, ReferringBody referredByBody,
                                        String referredBy, LocalDate referredOn, String reason, Status status,
                                        LocalDate acknowledgedOn, String mireReference, Outcome outcome,
                                        LocalDate decidedOn) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    static StatelessnessReferralView of(StatelessnessReferral r) {
        return new StatelessnessReferralView(r.id(), r.caseId(), r.memberId(), r.referredByBody(), r.referredBy(),
                r.referredOn(), r.reason(), r.status(), r.acknowledgedOn(), r.mireReference(), r.outcome(),
                r.decidedOn());
    }
}
