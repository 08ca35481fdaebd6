package pa.gob.refugio.registration.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.sql.NativeValues;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.registration.application.Application;
import pa.gob.refugio.registration.application.ApplicationRepository;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.timeline.TimelineEntry;

/**
 * The read model of where every member stands ({@code member_progress}) and every stage they went through
 * ({@code member_stage}). The consumers call {@link #refresh} in the inbox transaction of each event: the case's
 * members are recomputed from the case's timeline (registration-service's own copy of every service's events) with
 * {@link MemberStages}, so events consumed out of order on different topics give the same result. No other service
 * is called.
 */
@ApplicationScoped
public class ProgressReadModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final ApplicationRepository applications;
    private final ServiceLevels levels;
    private final Clock clock;

    public ProgressReadModel(EntityManager em, ApplicationRepository applications, ServiceLevels levels, Clock clock) {
        this.em = em;
        this.applications = applications;
        this.levels = levels;
        this.clock = clock;
    }

    /** Recomputes the stages of the case's members (runs in the caller's transaction, e.g. the inbox's). */
    @Transactional
    public void refresh(UUID caseId) {
        // One refresh of a case at a time, reading what the previous one committed: the consumers of two topics may
        // carry events of the same case at once, and the later writer must not overwrite with an older timeline.
        // The caller's pending changes first (as a native query would flush them), then plain JDBC from here on: the
        // statements below touch no entity, so they need no flush each (see TransactionSql).
        em.flush();
        if (TransactionSql.column(em, java.util.UUID.class, "select id from application where id = ? for update",
                caseId).isEmpty()) {
            return; // an event about a case registered elsewhere (or not yet): nothing to place
        }
        // What the stages need of the members, read as plain values: loading the entities would decrypt every
        // member's names (encrypted at rest) on every event of the case.
        List<Object[]> members = TransactionSql.rows(em, "select m.id, m.family_role, m.procedure_status, m.ended_on,"
                + " a.registered_at from member m join application a on a.id = m.application_id where a.id = ?"
                + " order by m.position", caseId);
        if (members.isEmpty()) {
            return;
        }
        List<MemberStages.Fact> facts = em.createQuery("from TimelineEntry where caseId = ?1", TimelineEntry.class)
                .setParameter(1, caseId).getResultList().stream()
                .map(e -> new MemberStages.Fact(e.eventType(), e.occurredAt(), read(e.factsJson()), e.memberIds()))
                .toList();
        for (Object[] m : members) {
            UUID memberId = NativeValues.uuid(m[0]);
            List<MemberStages.StageEntry> history = MemberStages.of(memberId, NativeValues.instant(m[4]),
                    (String) m[2], startOf(localDate(m[3])), facts);
            write(caseId, memberId, (String) m[1], history);
        }
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void write(UUID caseId, UUID memberId, String role, List<MemberStages.StageEntry> history) {
        MemberStages.StageEntry now = MemberStages.current(history);
        TransactionSql.update(em, "insert into member_progress (member_id, case_id, role, stage, waiting_for, since,"
                        + " held_by) values (?, ?, ?, ?, ?, ?, ?) on conflict (member_id) do update set"
                        + " stage = excluded.stage, waiting_for = excluded.waiting_for, since = excluded.since,"
                        + " held_by = excluded.held_by, role = excluded.role",
                memberId, caseId, role, now.stage().name(), now.waitingFor(),
                Timestamp.from(now.since()), now.stage().heldBy());
        TransactionSql.update(em, "delete from member_stage where member_id = ?", memberId);
        List<Object[]> rows = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            MemberStages.StageEntry s = history.get(i);
            Instant left = i + 1 < history.size() ? history.get(i + 1).since() : null;
            rows.add(new Object[]{memberId, i, caseId, s.stage().name(), Timestamp.from(s.since()),
                    left == null ? null : Timestamp.from(left)});
        }
        TransactionSql.batch(em, "insert into member_stage (member_id, position, case_id, stage, entered_at, left_at)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    /** Where each member of the case stands; 404 for an unknown case. */
    @Transactional
    public CaseProgressView progress(UUID caseId) {
        Application a = applications.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case", caseId));
        Map<UUID, Object[]> rows = new HashMap<>();
        for (Object row : em.createNativeQuery("select member_id, stage, waiting_for, since, held_by"
                + " from member_progress where case_id = ?1").setParameter(1, caseId).getResultList()) {
            Object[] r = (Object[]) row;
            rows.put((UUID) r[0], r);
        }
        List<MemberProgressView> members = new ArrayList<>();
        for (Member m : a.members()) {
            Object[] r = rows.get(m.id());
            members.add(r == null // the registration's own event not consumed yet: the first stage
                    ? new MemberProgressView(m.id(), m.familyRole().name(), Stage.REGISTERED.name(),
                            Stage.REGISTERED.waitingFor(), a.registeredAt(), Stage.REGISTERED.heldBy())
                    : new MemberProgressView(m.id(), m.familyRole().name(), (String) r[1], (String) r[2],
                            instant(r[3]), (String) r[4]));
        }
        return new CaseProgressView(caseId, a.caseNumber(), a.intakeSite(), a.registeredAt(), members);
    }

    /**
     * Members waiting longer than their stage's service level (or than {@code waitingLongerThan} for every stage),
     * longest waiting first.
     */
    @Transactional
    public StuckCasesView stuck(Duration waitingLongerThan, int page, int size) {
        // one snapshot (REPEATABLE READ, read only): the total and the page agree while events arrive
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        Map<String, Duration> applied = new HashMap<>();
        for (Stage stage : Stage.values()) {
            Optional<Duration> level = stage.isEnd() ? Optional.empty()
                    : waitingLongerThan != null ? Optional.of(waitingLongerThan) : levels.of(stage);
            if (level.isEmpty()) {
                continue;
            }
            applied.put(stage.name(), level.get());
            where.append(where.isEmpty() ? "" : " or ").append("(p.stage = ?").append(params.size() + 1)
                    .append(" and p.since < ?").append(params.size() + 2).append(')');
            params.add(stage.name());
            params.add(Timestamp.from(now.minus(level.get())));
        }
        var count = em.createNativeQuery("select count(*) from member_progress p where " + where);
        var select = em.createNativeQuery("select p.case_id, a.case_number, p.member_id, p.stage, p.waiting_for,"
                + " p.since, p.held_by from member_progress p join application a on a.id = p.case_id where " + where
                + " order by p.since, p.case_id, p.member_id");
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            select.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<StuckItem> items = new ArrayList<>();
        for (Object row : select.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new StuckItem((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    instant(r[5]), (String) r[6], applied.get((String) r[3]).toString()));
        }
        return new StuckCasesView(total, items);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PanamaClock.PANAMA).toInstant();
    }

    private static Map<String, String> read(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    public record CaseProgressView(UUID caseId, String caseNumber, String site, Instant registeredAt,
                                   List<MemberProgressView> members) {
    }

    public record MemberProgressView(UUID memberId, String role, String stage, String waitingFor, Instant since,
                                     String heldBy) {
    }

    public record StuckCasesView(long total, List<StuckItem> items) {
    }

    public record StuckItem(UUID caseId, String caseNumber, UUID memberId, String stage, String waitingFor,
                            Instant since, String heldBy, String serviceLevel) {
    }
}
