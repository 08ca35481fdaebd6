package pa.gob.refugio.decision.ending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.decision.cases.CaseRepository;
import pa.gob.refugio.decision.cases.Decision;
import pa.gob.refugio.decision.cases.DecisionCase;
import pa.gob.refugio.decision.cases.DecisionView;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * CONARE ends a recognised member's status (cessation, cancellation, revocation): one transaction, StatusEnded via
 * the outbox. The end is then notified with the existing notification command (its own date: the windows run from
 * it) and challenged like a rejection; it takes effect (documents revoked) only when final.
 */
@ApplicationScoped
public class StatusEndings {

    private final CaseRepository cases;
    private final StatusEndGrounds grounds;
    private final Outbox outbox;
    private final Clock clock;

    public StatusEndings(CaseRepository cases, StatusEndGrounds grounds, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.grounds = grounds;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DecisionView endStatus(UUID caseId, StatusEndRequest request, String officer, Trace trace) {
        StatusEndGround ground = grounds.require(request.kind(), request.ground());
        DecisionCase decisionCase = cases.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case", caseId));
        LocalDate decidedOn = request.decidedOn() != null ? request.decidedOn() : LocalDate.now(clock);
        Decision decision = decisionCase.endStatus(request.kind(), ground, request.reasons().strip(),
                request.memberIds(), officer, decidedOn, Instant.now(clock));
        outbox.publish(new StatusEnded(
                EventMetadata.create(StatusEnded.class, caseId, trace, Instant.now(clock)),
                decision.id(), decision.memberIds(), request.kind(), ground.code(), decision.decidedOn()));
        cases.flush();
        return DecisionView.of(decision, decisionCase.status());
    }

    /** The configured grounds, for CONARE's form. */
    public List<StatusEndGround> grounds() {
        return grounds.all();
    }
}
