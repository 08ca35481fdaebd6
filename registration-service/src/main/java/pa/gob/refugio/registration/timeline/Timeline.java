package pa.gob.refugio.registration.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.Application;
import pa.gob.refugio.registration.application.ApplicationRepository;
import pa.gob.refugio.registration.application.RegistrationService;

/** A case's timeline from every service's events, and the case status derived from it. */
@ApplicationScoped
public class Timeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final ApplicationRepository applications;
    private final RegistrationService registration;

    public Timeline(EntityManager em, ApplicationRepository applications, RegistrationService registration) {
        this.em = em;
        this.applications = applications;
        this.registration = registration;
    }

    /** Records one event of any service as a timeline line (runs in the inbox transaction). */
    @Transactional
    public void record(DomainEvent event) {
        if (em.find(TimelineEntry.class, event.eventId()) != null) {
            return;
        }
        Map<String, String> facts = TimelineFacts.of(event);
        String type = event.metadata().type();
        try {
            em.persist(new TimelineEntry(event.eventId(), event.caseId(), type, TimelineFacts.source(event.getClass()),
                    event.metadata().occurredAt(), TimelineFacts.describe(type, facts), JSON.writeValueAsString(facts)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the facts of " + type, e);
        }
    }

    /** A rejection that became final concludes the case here too (certificates revoked). */
    @Transactional
    public void rejectionBecameFinal(RejectionBecameFinal event) {
        record(event);
        registration.conclude(event.caseId(), event.finalOn(), "rejection final (" + event.cause() + ")",
                event.metadata().causing());
    }

    /** A final rejection reversed (a lapse undone) reopens a case it had closed, with new certificates. */
    @Transactional
    public void finalRejectionReversed(FinalRejectionReversed event) {
        record(event);
        registration.reopenAfterReversal(event.caseId(), event.reversedOn(), event.metadata().causing());
    }

    /** Recognition of every member of the family concludes the procedure (certificates revoked). */
    @Transactional
    public void statusRecognized(StatusRecognized event) {
        record(event);
        applications.findByIdOptional(event.caseId()).ifPresent(a -> {
            if (a.members().stream().allMatch(m -> event.memberIds().contains(m.id()))) {
                registration.conclude(event.caseId(), event.decidedOn(), "recognised", event.metadata().causing());
            }
        });
    }

    @Transactional
    public CaseStatusView status(UUID caseId) {
        Application a = applications.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Application", caseId));
        List<TimelineEntry> entries = em.createQuery(
                        "from TimelineEntry where caseId = ?1 order by occurredAt, eventType", TimelineEntry.class)
                .setParameter(1, caseId).getResultList();
        CaseProgress.Progress progress = CaseProgress.of(a.status().name(), a.statusSince(), a.registeredAt(),
                a.interviewAt(), entries.stream().map(e -> new CaseProgress.Entry(e.eventType(), e.occurredAt(),
                        read(e.factsJson()))).toList());
        return new CaseStatusView(caseId, a.caseNumber(), a.status().name(), a.priority(), progress.phase(),
                progress.waitingFor(), progress.since(),
                entries.stream().map(e -> new CaseStatusView.Line(e.occurredAt(), e.eventType(), e.source(),
                        e.fact())).toList());
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** A case's status and timeline; no personal data. */
    public record CaseStatusView(UUID caseId, String caseNumber, String status, boolean priority, String phase,
                                 String waitingFor, Instant since, List<Line> timeline) {
        public record Line(Instant occurredAt, String type, String source, String fact) {
        }
    }
}
