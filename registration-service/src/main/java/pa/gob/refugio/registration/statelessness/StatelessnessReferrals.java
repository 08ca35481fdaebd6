package pa.gob.refugio.registration.statelessness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.StatelessnessReferralMade;
import pa.gob.refugio.events.registration.StatelessnessReferralMade.ReferringBody;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Status;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.application.Application;
import pa.gob.refugio.registration.application.ApplicationRepository;

/**
 * Referrals to MIRE for the statelessness procedure, per member, and their status as MIRE reports it. Each command
 * publishes its fact (identifiers, status, dates) on registration's topic, which puts it on the case's timeline.
 */
@ApplicationScoped
public class StatelessnessReferrals {

    private final StatelessnessReferralRepository referrals;
    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final Clock clock;

    public StatelessnessReferrals(StatelessnessReferralRepository referrals, ApplicationRepository applications,
                                  Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Refers a member of the case: 404 unknown case or member, 409 when the member has a referral still open. */
    @Transactional
    public StatelessnessReferralView refer(UUID caseId, UUID memberId, StatelessnessRequests.Referral request,
                                           ReferringBody body, String officer, Trace trace) {
        Application application = applications.findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Application", caseId));
        if (application.members().stream().noneMatch(m -> m.id().equals(memberId))) {
            throw ProblemException.notFound("Member", memberId);
        }
        if (referrals.openFor(memberId)) {
            throw ProblemException.conflict("statelessness-referral-open",
                            Texts.of("Ya hay una remisión abierta", "A referral is already open"),
                            Texts.of("El miembro " + memberId + " ya tiene una remisión a la MIRE sin decidir.",
                                    "Member " + memberId + " already has a referral to MIRE not yet decided."))
                    .with("memberId", memberId);
        }
        Instant now = Instant.now(clock);
        LocalDate on = request.referredOn() != null ? request.referredOn() : LocalDate.now(clock);
        StatelessnessReferral referral = StatelessnessReferral.refer(caseId, memberId, body, officer, on,
                request.reason().strip(), now);
        referrals.persist(referral);
        outbox.publish(new StatelessnessReferralMade(EventMetadata.create(StatelessnessReferralMade.class, caseId,
                trace, now), referral.id(), memberId, body, on));
        return StatelessnessReferralView.of(referral);
    }

    @Transactional
    public StatelessnessReferralView acknowledge(UUID referralId, StatelessnessRequests.Acknowledgement request,
                                                 String officer, Trace trace) {
        StatelessnessReferral referral = lock(referralId);
        Instant now = Instant.now(clock);
        referral.acknowledge(request.acknowledgedOn(), request.mireReference(), officer, now);
        outbox.publish(new StatelessnessReferralStatusChanged(EventMetadata.create(
                StatelessnessReferralStatusChanged.class, referral.caseId(), trace, now), referral.id(),
                referral.memberId(), Status.ACKNOWLEDGED, null, referral.acknowledgedOn()));
        return StatelessnessReferralView.of(referral);
    }

    @Transactional
    public StatelessnessReferralView decide(UUID referralId, StatelessnessRequests.Decision request, String officer,
                                            Trace trace) {
        StatelessnessReferral referral = lock(referralId);
        Instant now = Instant.now(clock);
        referral.decide(request.outcome(), request.decidedOn(), request.mireReference(), officer, now);
        outbox.publish(new StatelessnessReferralStatusChanged(EventMetadata.create(
                StatelessnessReferralStatusChanged.class, referral.caseId(), trace, now), referral.id(),
                referral.memberId(), Status.DECIDED, referral.outcome(), referral.decidedOn()));
        return StatelessnessReferralView.of(referral);
    }

    @Transactional
    public StatelessnessReferralView find(UUID referralId) {
        return StatelessnessReferralView.of(referrals.findByIdOptional(referralId)
                .orElseThrow(() -> ProblemException.notFound("Statelessness referral", referralId)));
    }

    @Transactional
    public List<StatelessnessReferralView> ofCase(UUID caseId) {
        if (applications.findByIdOptional(caseId).isEmpty()) {
            throw ProblemException.notFound("Application", caseId);
        }
        return referrals.ofCase(caseId).stream().map(StatelessnessReferralView::of).toList();
    }

    private StatelessnessReferral lock(UUID referralId) {
        return referrals.findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Statelessness referral", referralId));
    }
}
