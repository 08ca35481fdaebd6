package pa.gob.refugio.kit.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Time;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.events.appeals.ClosureDecreed;
import pa.gob.refugio.events.appeals.ClosureRevoked;
import pa.gob.refugio.events.appeals.SiteHoursSet;

/**
 * Writes the calendar's facts into this service's tables ({@code kit_calendar_closure}, {@code kit_site},
 * {@code kit_site_hours}, {@code kit_case_site}). Every write is an upsert keyed by the fact's own id, so applying
 * an event twice changes nothing. The owner (appeals-service) applies its own events here in the transaction that
 * publishes them; every other service applies them as they arrive ({@link CalendarReplicaConsumer}).
 */
@ApplicationScoped
public class CalendarReplica {

    private final EntityManager em;

    public CalendarReplica(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ClosureDecreed e) {
        em.createNativeQuery("insert into kit_calendar_closure (closure_id, closure_date, reason, legal_source, sites,"
                        + " closes_from, revoked, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, false, now())"
                        + " on conflict (closure_id) do update set closure_date = excluded.closure_date,"
                        + " reason = excluded.reason, legal_source = excluded.legal_source, sites = excluded.sites,"
                        + " closes_from = excluded.closes_from, updated_at = now()")
                .setParameter(1, e.closureId())
                .setParameter(2, e.date())
                .setParameter(3, e.reason())
                .setParameter(4, e.legalSource())
                .setParameter(5, joinSites(e.sites()))
                .setParameter(6, e.from() == null ? null : Time.valueOf(e.from()))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ClosureRevoked e) {
        em.createNativeQuery("update kit_calendar_closure set revoked = true, revoked_by = ?2, updated_at = now()"
                        + " where closure_id = ?1")
                .setParameter(1, e.closureId()).setParameter(2, e.legalSource()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SiteHoursSet e) {
        String code = e.site().strip().toUpperCase(Locale.ROOT);
        em.createNativeQuery("insert into kit_site (code, name) values (?1, ?2)"
                        + " on conflict (code) do update set name = excluded.name")
                .setParameter(1, code).setParameter(2, e.name().strip()).executeUpdate();
        em.createNativeQuery("delete from kit_site_hours where site = ?1").setParameter(1, code).executeUpdate();
        for (SiteHoursSet.Day d : e.week()) {
            em.createNativeQuery("insert into kit_site_hours (site, day_of_week, opens, closes)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, code).setParameter(2, d.day().getValue())
                    .setParameter(3, Time.valueOf(d.opens())).setParameter(4, Time.valueOf(d.closes()))
                    .executeUpdate();
        }
    }

    /** Records the intake site of a case (first registration wins; a redelivery changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseRegisteredAt(UUID caseId, String site) {
        // every service does this for every registration: plain JDBC, no flush (see TransactionSql)
        TransactionSql.update(em, "insert into kit_case_site (case_id, site) values (?, ?) on conflict do nothing",
                caseId, site);
    }

    static String joinSites(List<String> sites) {
        return sites == null ? "" : String.join(",", sites.stream().map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).sorted().distinct().toList());
    }
}
