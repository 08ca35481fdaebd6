package pa.gob.refugio.registration.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.Application;
import pa.gob.refugio.registration.application.ApplicationRepository;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.application.MemberStatus;
import pa.gob.refugio.registration.application.RegistrationService;

/**
 * A case's timeline from every service's events, and the status derived from it: the case's and each member's. Each
 * line remembers the members it concerns (the event's member ids, or the members of the decision it names), so a
 * family whose members are decided apart shows each member's own phase.
 */
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
                    event.metadata().occurredAt(), TimelineFacts.describe(type, facts), JSON.writeValueAsString(facts))
                    .concerning(membersConcerned(event)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the facts of " + type, e);
        }
    }

    /** A rejection names its members: remembered, for the events that later name only the decision. */
    @Transactional
    public void statusRejected(StatusRejected event) {
        rememberDecision(event.decisionId(), event.caseId(), event.memberIds());
        record(event);
    }

    @Transactional
    public void applicationNotAdmitted(ApplicationNotAdmittedV2 event) {
        rememberDecision(event.decisionId(), event.caseId(), event.memberIds());
        record(event);
    }

    /**
     * v1 names no members: those of the rejection (from StatusRejected); if it was never seen here (a
     * non-admission, or consumed before an upgrade), every member still in the procedure, as before.
     */
    @Transactional
    public void rejectionBecameFinal(RejectionBecameFinal event) {
        record(event);
        List<UUID> members = membersOf(event.decisionId());
        registration.conclude(event.caseId(), members.isEmpty() ? null : members, MemberStatus.REJECTED_FINAL,
                event.finalOn(), "rejection final (" + event.cause() + ")", event.metadata().causing());
    }

    /** v2: the rejection is final for the members listed only; the others' procedure goes on. */
    @Transactional
    public void rejectionBecameFinal(RejectionBecameFinalV2 event) {
        record(event);
        registration.conclude(event.caseId(), event.memberIds(), MemberStatus.REJECTED_FINAL, event.finalOn(),
                "rejection final (" + event.cause() + ")", event.metadata().causing());
    }

    /** A final rejection reversed (a lapse undone): its members are in the procedure again, certificates valid again. */
    @Transactional
    public void finalRejectionReversed(FinalRejectionReversed event) {
        record(event);
        registration.reopenAfterReversal(event.caseId(), event.memberIds(), event.reversedOn(),
                event.metadata().causing());
    }

    /** The members recognised end their procedure (certificates revoked); the case closes when nobody remains. */
    @Transactional
    public void statusRecognized(StatusRecognized event) {
        rememberDecision(event.decisionId(), event.caseId(), event.memberIds());
        record(event);
        registration.conclude(event.caseId(), event.memberIds(), MemberStatus.RECOGNIZED, event.decidedOn(),
                "recognised", event.metadata().causing());
    }

    @Transactional
    public CaseStatusView status(UUID caseId) {
        Application a = applications.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Application", caseId));
        List<TimelineEntry> entries = em.createQuery(
                        "from TimelineEntry where caseId = ?1 order by occurredAt, eventType", TimelineEntry.class)
                .setParameter(1, caseId).getResultList();
        List<UUID> inProcedure = a.members().stream().filter(Member::inProcedure).map(Member::id).toList();
        List<TimelineEntry> caseEntries = a.status().ended() ? entries : entries.stream()
                .filter(e -> e.memberIds().isEmpty() || e.memberIds().stream().anyMatch(inProcedure::contains))
                .toList();
        CaseProgress.Progress progress = progress(a.status().name(), a.statusSince(), a, caseEntries);
        List<CaseStatusView.MemberStatusView> members = a.members().stream().map(m -> {
            CaseProgress.Progress p = progress(m.procedureStatus().name(), atStartOf(m.endedOn(), a.statusSince()),
                    a, entries.stream().filter(e -> e.concerns(m.id())).toList());
            return new CaseStatusView.MemberStatusView(m.id(), m.familyRole().name(), m.procedureStatus().name(),
                    m.endedOn(), p.phase(), p.waitingFor(), p.since());
        }).toList();
        return new CaseStatusView(caseId, a.caseNumber(), a.status().name(), a.priority(), progress.phase(),
                progress.waitingFor(), progress.since(), members,
                entries.stream().map(e -> new CaseStatusView.Line(e.occurredAt(), e.eventType(), e.source(),
                        e.fact(), e.memberIds().isEmpty() ? null : e.memberIds())).toList());
    }

    private static CaseProgress.Progress progress(String status, Instant since, Application a,
                                                  List<TimelineEntry> entries) {
        return CaseProgress.of(status, since, a.registeredAt(), a.interviewAt(), entries.stream()
                .map(e -> new CaseProgress.Entry(e.eventType(), e.occurredAt(), read(e.factsJson()))).toList());
    }

    private static Instant atStartOf(LocalDate day, Instant otherwise) {
        return day == null ? otherwise : day.atStartOfDay(pa.gob.refugio.kit.time.PanamaClock.PANAMA).toInstant();
    }

    /** The event's own member ids, or the members of the decision it names; empty: the whole case. */
    private List<UUID> membersConcerned(DomainEvent event) {
        if (event instanceof ConcernsMembers concerns) {
            return concerns.memberIds();
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            switch (component.getName()) {
                case "memberIds" -> {
                    return ((List<?>) value).stream().map(UUID.class::cast).toList();
                }
                case "memberId" -> {
                    return List.of((UUID) value);
                }
                case "decisionId" -> {
                    return membersOf((UUID) value);
                }
                default -> {
                }
            }
        }
        return List.of();
    }

    private void rememberDecision(UUID decisionId, UUID caseId, List<UUID> memberIds) {
        for (UUID memberId : memberIds) {
            em.createNativeQuery("insert into decision_member (decision_id, member_id, case_id) values (?1, ?2, ?3) "
                            + "on conflict do nothing")
                    .setParameter(1, decisionId).setParameter(2, memberId).setParameter(3, caseId).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> membersOf(UUID decisionId) {
        return em.createNativeQuery("select member_id from decision_member where decision_id = ?1")
                .setParameter(1, decisionId).getResultList();
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /**
     * A case's status and timeline; no personal data. {@code status} is the case's: REGISTERED while any member is in
     * the procedure, WITHDRAWN / ABANDONED / CLOSED once none is. {@code phase} follows the members still in the
     * procedure; {@code members} gives each member's own status and phase; a line's {@code memberIds} names the
     * members it concerns (absent: the whole case).
     */
    public record CaseStatusView(UUID caseId, String caseNumber, String status, boolean priority, String phase,
                                 String waitingFor, Instant since, List<MemberStatusView> members,
                                 List<Line> timeline) {
        public record Line(Instant occurredAt, String type, String source, String fact, List<UUID> memberIds) {
        }

        public record MemberStatusView(UUID memberId, String role, String status, LocalDate endedOn, String phase,
                                       String waitingFor, Instant since) {
        }
    }
}
