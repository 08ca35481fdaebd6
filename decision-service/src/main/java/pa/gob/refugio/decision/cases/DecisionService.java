package pa.gob.refugio.decision.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.decision.cases.RecognitionGround.LegalBasis;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.Problem.FieldError;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.calendar.SiteCalendars;

/**
 * The decisions ONPAR and CONARE take, and their notification; one transaction each, events via the outbox. Each
 * command flushes before returning so that a concurrent change to the case (optimistic lock) is answered 409.
 */
@ApplicationScoped
public class DecisionService {

    private final CaseRepository cases;
    private final Outbox outbox;
    private final SiteCalendars calendars;
    private final Clock clock;

    public DecisionService(CaseRepository cases, Outbox outbox, SiteCalendars calendars, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Transactional
    public DecisionView decideAdmissibility(UUID caseId, AdmissibilityRequest request, String officer, Trace trace) {
        boolean admitted = request.outcome() == AdmissibilityRequest.Outcome.ADMITTED;
        if (!admitted && request.ground() == null) {
            throw invalid("ground", "required when the outcome is NOT_ADMITTED");
        }
        if (admitted && request.ground() != null) {
            throw invalid("ground", "only for a NOT_ADMITTED outcome");
        }
        if (!admitted && isBlank(request.reasons())) {
            throw invalid("reasons", "a non-admission states its reasons");
        }
        DecisionCase decisionCase = find(caseId);
        Decision decision = decisionCase.decideAdmissibility(admitted, request.ground(), strip(request.reasons()),
                officer, signedOn(request.decidedOn()), now());
        publishDecided(decisionCase, decision, trace);
        cases.flush();
        return DecisionView.of(decision, decisionCase.status());
    }

    @Transactional
    public DecisionView decideEligibility(UUID caseId, EligibilityRequest request, String officer, Trace trace) {
        boolean recognised = request.outcome() == EligibilityRequest.Outcome.RECOGNIZED;
        LegalBasis basis = request.legalBasis();
        if (recognised && basis == null) {
            throw invalid("legalBasis", "required when the outcome is RECOGNIZED (CONVENTION_1951 or WIDER_DEFINITION)");
        }
        if (!recognised && (basis != null || request.ground() != null)) {
            throw invalid(basis != null ? "legalBasis" : "ground", "only for a RECOGNIZED outcome");
        }
        if (recognised && request.ground() != null && !request.ground().belongsTo(basis)) {
            throw invalid("ground", request.ground() + " is a ground of " + request.ground().basis() + ", not of "
                    + basis);
        }
        if (!recognised && isBlank(request.reasons())) {
            throw invalid("reasons", "a rejection states its reasons");
        }
        DecisionCase decisionCase = find(caseId);
        Decision decision = decisionCase.decideEligibility(recognised, basis, request.ground(),
                strip(request.reasons()), request.memberIds(), officer, signedOn(request.decidedOn()), now());
        publishDecided(decisionCase, decision, trace);
        cases.flush();
        return DecisionView.of(decision, decisionCase.status());
    }

    @Transactional
    public NotificationRecorded notify(UUID decisionId, NotificationRequest request, String officer, Trace trace) {
        DecisionCase decisionCase = cases.findByDecision(decisionId)
                .orElseThrow(() -> ProblemException.notFound("Decision", decisionId));
        Decision decision = decisionCase.decision(decisionId).orElseThrow();
        decisionCase.notifyDecision(decision, request.notifiedOn(), request.channel(), request.acknowledged(),
                officer, today(), now());
        outbox.publish(new ResolutionNotifiedV2(
                EventMetadata.create(ResolutionNotifiedV2.class, decisionCase.id(), trace, now()),
                decision.id(), decision.memberIds(), decision.outcome(), decision.notifiedOn(),
                decision.notificationChannel().name()));
        cases.flush();
        return new NotificationRecorded(decision.id(), decisionCase.id(), decision.outcome(), decision.notifiedOn(),
                decision.notificationChannel(), Boolean.TRUE.equals(decision.acknowledged()), decision.notifiedBy(),
                decision.outcome().negative() ? DeadlineView.of(calendars.deadlinesForCase(decisionCase.id()) // the intake site's calendar
                        .reconsideration(decision.notifiedOn()))
                        : null);
    }

    @Transactional
    public CaseView findCase(UUID caseId) {
        return CaseView.of(find(caseId));
    }

    @Transactional
    public List<DecisionView> decisionsOf(UUID caseId) {
        DecisionCase decisionCase = find(caseId);
        return decisionCase.decisions().stream().map(d -> DecisionView.of(d, decisionCase.status())).toList();
    }

    @Transactional
    public DecisionView findDecision(UUID decisionId) {
        DecisionCase decisionCase = cases.findByDecision(decisionId)
                .orElseThrow(() -> ProblemException.notFound("Decision", decisionId));
        return DecisionView.of(decisionCase.decision(decisionId).orElseThrow(), decisionCase.status());
    }

    /** Publishes what a new decision means for the other services: ids and codes only, never the reasons. */
    void publishDecided(DecisionCase decisionCase, Decision d, Trace trace) {
        UUID caseId = decisionCase.id();
        switch (d.outcome()) {
            case ADMITTED -> outbox.publish(new ApplicationAdmitted(
                    EventMetadata.create(ApplicationAdmitted.class, caseId, trace, now()),
                    d.id(), d.memberIds(), d.decidedOn()));
            case NOT_ADMITTED -> outbox.publish(new ApplicationNotAdmittedV2(
                    EventMetadata.create(ApplicationNotAdmittedV2.class, caseId, trace, now()),
                    d.id(), d.memberIds(), d.ground(), d.decidedOn()));
            case RECOGNIZED -> outbox.publish(new StatusRecognized(
                    EventMetadata.create(StatusRecognized.class, caseId, trace, now()),
                    d.id(), d.memberIds(), d.legalBasis(), d.decidedOn()));
            case REJECTED -> outbox.publish(new StatusRejected(
                    EventMetadata.create(StatusRejected.class, caseId, trace, now()),
                    d.id(), d.memberIds(), d.decidedOn()));
        }
    }

    private DecisionCase find(UUID caseId) {
        return cases.findByIdOptional(caseId).orElseThrow(() -> ProblemException.notFound("Case", caseId));
    }

    private static ProblemException invalid(String field, String reason) {
        return ProblemException.of(400, "validation", Texts.of("La solicitud no es válida", "The request is not valid"),
                        Texts.of(field + ": " + reason, field + ": " + reason))
                .with("errors", List.of(new FieldError(field, reason)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** A resolution signed on paper may be recorded later: its own date, or today. */
    private LocalDate signedOn(LocalDate decidedOn) {
        return decidedOn != null ? decidedOn : today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
