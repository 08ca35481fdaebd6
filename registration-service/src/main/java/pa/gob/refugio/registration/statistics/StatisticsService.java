package pa.gob.refugio.registration.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.registration.progress.Stage;

/**
 * Published figures from the read model (every stage each member went through, {@code member_stage}) and the facts
 * registration-service holds (sex, date of birth, first nationality, intake site). People are counted, not cases.
 * Counts from 1 to 4 are suppressed ({@link Suppression}); no totals are given.
 */
@ApplicationScoped
public class StatisticsService {

    public static final int SUPPRESSED_BELOW = 5;

    /** Stages whose first entry in a month is counted in the monthly series. */
    private static final List<String> MONTHLY_STAGES = List.of(Stage.REGISTERED.name(), Stage.ADMITTED.name(),
            Stage.RECOGNISED.name(), Stage.REJECTED.name(), Stage.NOT_ADMITTED.name(),
            Stage.FINALLY_REJECTED.name());

    private final EntityManager em;

    public StatisticsService(EntityManager em) {
        this.em = em;
    }

    /**
     * The figures at the end of {@code at} (Panama time), for every site or only {@code site} (a site's name, as
     * registered; case-insensitive).
     */
    @Transactional
    public StatisticsView at(LocalDate at, String site) {
        // one snapshot for every figure (REPEATABLE READ, read only): the breakdowns agree while events arrive
        em.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
        Timestamp end = Timestamp.from(at.plusDays(1).atStartOfDay(PanamaClock.PANAMA).toInstant());
        String siteFilter = site == null || site.isBlank() ? "" : " and lower(a.intake_site) = lower(:site)";
        return new StatisticsView(at, monthly(end, siteFilter, site), people(at, end, siteFilter, site),
                medians(end, siteFilter, site), SUPPRESSED_BELOW);
    }

    private List<Month> monthly(Timestamp end, String siteFilter, String site) {
        Query q = em.createNativeQuery("select to_char(f.first_at at time zone 'America/Panama', 'YYYY-MM'), f.stage,"
                + " count(*) from (select s.member_id, s.stage, min(s.entered_at) as first_at from member_stage s"
                + " join application a on a.id = s.case_id where s.stage in (:stages)" + siteFilter
                + " group by s.member_id, s.stage) f where f.first_at < :end group by 1, 2")
                .setParameter("stages", MONTHLY_STAGES).setParameter("end", end);
        bindSite(q, site);
        Map<String, Map<String, Long>> byColumn = new LinkedHashMap<>();
        for (String column : List.of("applications", "admissions", "recognitions", "rejections", "finalRejections")) {
            byColumn.put(column, new TreeMap<>());
        }
        List<YearMonth> months = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            String month = (String) r[0];
            months.add(YearMonth.parse(month));
            String column = switch ((String) r[1]) {
                case "REGISTERED" -> "applications";
                case "ADMITTED" -> "admissions";
                case "RECOGNISED" -> "recognitions";
                case "FINALLY_REJECTED" -> "finalRejections";
                default -> "rejections"; // REJECTED (eligibility) and NOT_ADMITTED (admissibility)
            };
            byColumn.get(column).merge(month, ((Number) r[2]).longValue(), Long::sum);
        }
        if (months.isEmpty()) {
            return List.of();
        }
        YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = YearMonth.from(end.toInstant().atZone(PanamaClock.PANAMA).minusNanos(1));
        List<String> all = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            all.add(m.toString());
        }
        Map<String, Map<String, Long>> shown = new LinkedHashMap<>();
        byColumn.forEach((column, counts) -> {
            Map<String, Long> full = new LinkedHashMap<>();
            all.forEach(m -> full.put(m, counts.getOrDefault(m, 0L)));
            shown.put(column, Suppression.apply(full, SUPPRESSED_BELOW));
        });
        return all.stream().map(m -> new Month(m, shown.get("applications").get(m), shown.get("admissions").get(m),
                shown.get("recognitions").get(m), shown.get("rejections").get(m),
                shown.get("finalRejections").get(m))).toList();
    }

    private People people(LocalDate at, Timestamp end, String siteFilter, String site) {
        Query q = em.createNativeQuery("select distinct on (s.member_id) s.stage, m.sex, m.date_of_birth,"
                + " m.nationalities, a.intake_site from member_stage s join member m on m.id = s.member_id"
                + " join application a on a.id = s.case_id where s.entered_at < :end" + siteFilter
                + " order by s.member_id, s.entered_at desc, s.position desc")
                .setParameter("end", end);
        bindSite(q, site);
        List<Object[]> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add((Object[]) row);
        }
        return new People(
                breakdown(rows, r -> (String) r[0]),
                breakdown(rows, r -> firstNationality((String) r[3])),
                breakdown(rows, r -> (String) r[1]),
                breakdown(rows, r -> ageGroup(toLocalDate(r[2]), at)),
                breakdown(rows, r -> (String) r[4]));
    }

    private Map<String, Double> medians(Timestamp end, String siteFilter, String site) {
        Query q = em.createNativeQuery("select s.stage, count(*), percentile_cont(0.5) within group (order by"
                + " extract(epoch from (s.left_at - s.entered_at)) / 86400.0) from member_stage s"
                + " join application a on a.id = s.case_id where s.left_at is not null and s.left_at < :end"
                + siteFilter + " group by s.stage")
                .setParameter("end", end);
        bindSite(q, site);
        Map<String, Object[]> byStage = new LinkedHashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            byStage.put((String) r[0], r);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            Object[] r = byStage.get(stage.name());
            if (r == null) {
                continue;
            }
            long people = ((Number) r[1]).longValue();
            // days, one decimal; null when fewer than 5 people left the stage
            medians.put(stage.name(), Suppression.enoughPeople(people, SUPPRESSED_BELOW)
                    ? Math.round(((Number) r[2]).doubleValue() * 10) / 10.0 : null);
        }
        return medians;
    }

    private static Map<String, Long> breakdown(List<Object[]> rows, Function<Object[], String> key) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] r : rows) {
            String k = key.apply(r);
            counts.merge(k == null ? "UNKNOWN" : k, 1L, Long::sum);
        }
        return Suppression.apply(counts, SUPPRESSED_BELOW);
    }

    private void bindSite(Query q, String site) {
        if (site != null && !site.isBlank()) {
            q.setParameter("site", site);
        }
    }

    static String firstNationality(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        return csv.split(",")[0].trim();
    }

    /** UNHCR's age groups, at {@code at}. */
    static String ageGroup(LocalDate born, LocalDate at) {
        if (born == null) {
            return null;
        }
        int age = Period.between(born, at).getYears();
        return age < 5 ? "0-4" : age < 12 ? "5-11" : age < 18 ? "12-17" : age < 60 ? "18-59" : "60+";
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return null;
    }

    public record StatisticsView(LocalDate at, List<Month> monthly, People people,
                                 Map<String, Double> medianDaysPerStage, int suppressedBelow) {
    }

    public record Month(String month, Long applications, Long admissions, Long recognitions, Long rejections,
                        Long finalRejections) {
    }

    public record People(Map<String, Long> byStatus, Map<String, Long> byNationality, Map<String, Long> bySex,
                         Map<String, Long> byAgeGroup, Map<String, Long> bySite) {
    }
}
