package pa.gob.refugio.registration.partner.referral;

import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.partner.CaseLink;
import pa.gob.refugio.registration.partner.referral.ReferralViews.OnparView;
import pa.gob.refugio.registration.partner.referral.ReferralViews.PartnerView;

/**
 * Partner referrals: received from a partner, accepted or declined by ONPAR, followed by the partner through a
 * coarse status derived from the case. The status moves when the referral is handled and when the case moves
 * ({@link CaseLink.CaseMoved}, told in the inbox transaction of the event that moved it): no poll, and reads change
 * nothing. {@link ReferralStatusChanged} is fired inside the transaction of every coarse status change, only while the
 * person's consent is in force.
 */
@ApplicationScoped
public class Referrals {

    private final ReferralRepository referrals;
    private final CaseLink cases;
    private final Event<ReferralStatusChanged> changes;
    private final Event<ReferralConsentWithdrawn> withdrawals;
    private final Clock clock;

    public Referrals(ReferralRepository referrals, CaseLink cases,
                     Event<ReferralStatusChanged> changes, Event<ReferralConsentWithdrawn> withdrawals,
                     Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.changes = changes;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(String partner, ReferralRequests.CreateReferral request, String createdBy) {
        ReferralRequests.ConsentRequest c = request.consent();
        if (c == null) {
            throw ProblemException.ruleViolated("consent-required",
                    Texts.of("Se requiere consentimiento", "Consent required"),
                    Texts.of("Una remisión necesita el consentimiento de la persona (purpose, scopes, givenOn, takenBy)",
                            "A referral needs the person's consent (purpose, scopes, givenOn, takenBy)"));
        }
        Instant now = clock.instant();
        Consent consent = Consent.recorded(c.purpose(), c.scopes(), c.givenOn(), c.takenBy(),
                ConsentScope.REFER_TO_ONPAR, now.atZone(clock.getZone()).toLocalDate());
        ReferralRequests.Person p = request.person();
        Referral referral = Referral.receive(partner, request.partnerReference(), p.givenNames(), p.familyNames(),
                p.dateOfBirth(), p.nationalities(), p.contactChannel(), p.needsSummary(), consent, createdBy, now);
        referrals.persist(referral);
        tell(referral, now);
        return referral;
    }

    @Transactional
    public ReferralViews.Page<OnparView> list(ReferralState state, int page, int size) {
        PanacheQuery<Referral> query = state == null
                ? referrals.findAll(io.quarkus.panache.common.Sort.ascending("createdAt").and("id"))
                : referrals.inState(state);
        return page(query, query.count(), page, size, OnparView::of);
    }

    @Transactional
    public Referral find(UUID id) {
        return referral(id);
    }

    /** ONPAR accepts the referral, linking it to the application it became (422 {@code unknown-case}). */
    @Transactional
    public Referral accept(UUID id, UUID caseId, String officer, String ifMatch) {
        Referral referral = locked(id);
        ReferralEtag.check(ifMatch, referral);
        if (!cases.exists(caseId)) {
            throw ProblemException.ruleViolated("unknown-case",
                    Texts.of("No existe esa solicitud", "No such application"),
                    Texts.of("No hay ninguna solicitud " + caseId + " a la que vincular la remisión",
                            "There is no application " + caseId + " to link the referral to")).with("caseId", caseId);
        }
        Instant now = clock.instant();
        referral.accept(caseId, officer, now);
        refresh(referral, now);
        return referral;
    }

    @Transactional
    public Referral decline(UUID id, String reason, String officer, String ifMatch) {
        Referral referral = locked(id);
        ReferralEtag.check(ifMatch, referral);
        Instant now = clock.instant();
        referral.decline(reason, officer, now);
        refresh(referral, now);
        return referral;
    }

    /**
     * The person withdraws consent (through the partner, or ONPAR on the person's behalf): the coarse status stays
     * the last one the partner was told, nothing is sent any more and the partner's queued and retrying
     * notifications about it are cancelled (replay refused). {@code partner} null means ONPAR.
     */
    @Transactional
    public Referral withdrawConsent(UUID id, String partner, String by, String ifMatch) {
        Referral referral = partner == null ? locked(id) : owned(id, partner);
        ReferralEtag.check(ifMatch, referral);
        referral.withdrawConsent(by, clock.instant());
        withdrawals.fire(new ReferralConsentWithdrawn(referral.partner(), referral.id()));
        return referral;
    }

    /** The partner's view of its own referral (404 for any other), as it stands: reading changes nothing. */
    @Transactional
    public Referral partnerReferral(UUID id, String partner) {
        return referrals.readOwned(id, partner).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    @Transactional
    public ReferralViews.Page<PartnerView> mine(String partner, int page, int size) {
        return page(referrals.ofPartner(partner), referrals.countOfPartner(partner), page, size, PartnerView::of);
    }

    /**
     * The case moved (an event of some service was recorded on its timeline): the referrals that follow it are
     * brought up to date, and a change is told to the partner, in the inbox transaction of that event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseMoved(@Observes CaseLink.CaseMoved moved) {
        List<Referral> following = referrals.following(moved.caseId());
        Instant now = clock.instant();
        for (Referral referral : following) {
            refresh(referral, now);
        }
    }

    private void refresh(Referral referral, Instant now) {
        if (referral.consentWithdrawn()) {
            return;
        }
        CoarseStatus derived;
        if (referral.state() == ReferralState.ACCEPTED
                && referral.consent().covers(ConsentScope.SHARE_STATUS_UPDATES)) {
            CaseLink.Progress progress = cases.progress(referral.caseId().orElseThrow());
            derived = CoarseStatus.of(referral.state(), true, progress.status(), progress.phase(),
                    progress.eventTypes());
        } else {
            derived = CoarseStatus.of(referral.state(), false, null, null, List.of());
        }
        if (referral.moveTo(derived, now)) {
            tell(referral, now);
        }
    }

    private void tell(Referral referral, Instant now) {
        if (!referral.consentWithdrawn()) {
            changes.fire(new ReferralStatusChanged(referral.partner(), referral.id(), referral.coarseStatus().name(),
                    now));
        }
    }

    private Referral referral(UUID id) {
        return referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    /** A referral about to change, its row locked (the status follower changes it too). */
    private Referral locked(UUID id) {
        return referrals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    private Referral owned(UUID id, String partner) {
        return referrals.findOwned(id, partner).orElseThrow(() -> ProblemException.notFound("Referral", id));
    }

    private static <T> ReferralViews.Page<T> page(PanacheQuery<Referral> query, long total, int page, int size,
                                                  Function<Referral, T> view) {
        int applied = Paging.size(size);
        List<T> items = query.page(Page.of(page, applied)).list().stream().map(view).toList();
        return new ReferralViews.Page<>(page, applied, total, items);
    }
}
