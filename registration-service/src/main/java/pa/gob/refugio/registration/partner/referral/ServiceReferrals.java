package pa.gob.refugio.registration.partner.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.partner.CaseLink;

/** ONPAR's referrals of people to services, and their uptake. */
@ApplicationScoped
public class ServiceReferrals implements PanacheRepositoryBase<ServiceReferral, UUID> {

    private final CaseLink cases;
    private final Clock clock;

    public ServiceReferrals(CaseLink cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public View refer(UUID caseId, Request request, String officer) {
        if (!cases.exists(caseId)) {
            throw ProblemException.notFound("Application", caseId);
        }
        LocalDate today = LocalDate.now(clock);
        boolean adult = cases.memberIsAdult(caseId, request.memberId(), today)
                .orElseThrow(() -> ProblemException.ruleViolated("unknown-member",
                        Texts.of("No es miembro de este caso", "Not a member of this case"),
                        Texts.of("La persona " + request.memberId() + " no es miembro del caso " + caseId,
                                "Member " + request.memberId() + " is not a member of case " + caseId)));
        ReferralRequests.ConsentRequest c = request.consent();
        if (c == null) {
            throw ProblemException.ruleViolated("consent-required",
                    Texts.of("Se requiere consentimiento", "Consent required"),
                    Texts.of("Una remisión a un servicio necesita el consentimiento de la persona (purpose, scopes,"
                                    + " givenOn, takenBy)",
                            "A referral to a service needs the person's consent (purpose, scopes, givenOn, takenBy)"));
        }
        Consent consent = Consent.recorded(c.purpose(), c.scopes(), c.givenOn(), c.takenBy(),
                ConsentScope.REFER_TO_SERVICE, today);
        ServiceReferral referral = ServiceReferral.refer(caseId, request.memberId(), adult,
                request.service(), request.reasonCode(), consent, officer, clock.instant());
        persist(referral);
        return View.of(referral);
    }

    /**
     * Registration of a child alone (unaccompanied or separated): SENNIAF, the child-protection authority, is informed
     * by law (PROCEDURE.md, protection of children), not on consent. Recorded as a referral to SENNIAF with the reason
     * {@code UNACCOMPANIED_OR_SEPARATED_CHILD}, referred by the registering officer at registration time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onChildAloneRegistered(@Observes CaseLink.ChildAloneRegistered registered) {
        informSenniaf(registered.caseId(), registered.memberId(), registered.howAlone(), registered.officer());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public View informSenniaf(UUID caseId, UUID memberId, String howAlone, String officer) {
        ServiceReferral referral = ServiceReferral.refer(caseId, memberId, false, ReferredService.SENNIAF,
                ServiceReferralReason.UNACCOMPANIED_OR_SEPARATED_CHILD,
                Consent.byLaw("SENNIAF informed of a child " + howAlone + " at registration (protection of children)",
                        LocalDate.now(clock), officer), officer, clock.instant());
        persist(referral);
        return View.of(referral);
    }

    @Transactional
    public View recordUptake(UUID id, Uptake uptake, String officer) {
        ServiceReferral referral = findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Service referral", id));
        LocalDate on = uptake.on() == null ? LocalDate.now(clock) : uptake.on();
        referral.recordUptake(uptake.takenUp(), on, officer, referral.referredAt().atZone(clock.getZone()).toLocalDate());
        flush();
        return View.of(referral);
    }

    @Transactional
    public List<View> ofCase(UUID caseId) {
        if (!cases.exists(caseId)) {
            throw ProblemException.notFound("Application", caseId);
        }
        return find("caseId", Sort.ascending("referredAt").and("id"), caseId).list().stream().map(View::of).toList();
    }

    /** A referral to a service: the member, the service, a reason code and the person's consent. */
    public record Request(@NotNull ReferredService service, @NotNull UUID memberId,
                          @NotNull ServiceReferralReason reasonCode, @Valid ReferralRequests.ConsentRequest consent) {
    }

    /** Whether the person took the referral up, and on which day (default today). */
    public record Uptake(@NotNull Boolean takenUp, @jakarta.validation.constraints.PastOrPresent LocalDate on) {
    }

    public record View(UUID serviceReferralId, UUID caseId, UUID memberId, ReferredService service,
                       ServiceReferralReason reasonCode, Consent.View consent, String referredBy, Instant referredAt,
                       String uptake, LocalDate uptakeOn, String uptakeRecordedBy) {
        static View of(ServiceReferral r) {
            String uptake = r.takenUp() == null ? "PENDING" : r.takenUp() ? "TAKEN_UP" : "NOT_TAKEN_UP";
            return new View(r.id(), r.caseId(), r.memberId(), r.service(), r.reasonCode(), r.consent().view(),
                    r.referredBy(), r.referredAt(), uptake, r.uptakeOn(), r.uptakeRecordedBy());
        }
    }
}
