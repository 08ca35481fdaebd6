package pa.gob.refugio.registration.statistics;

import java.util.Map;

/**
 * The statistics as CSV, one figure per line: {@code section,key,value}. A suppressed count is {@code <5}; a median
 * from fewer than 5 people is {@code <5} too.
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static String of(StatisticsService.StatisticsView s) {
        String small = "<" + s.suppressedBelow();
        StringBuilder csv = new StringBuilder("section,key,value\n");
        line(csv, "at", "", s.at().toString());
        line(csv, "suppressedBelow", "", String.valueOf(s.suppressedBelow()));
        for (StatisticsService.Month m : s.monthly()) {
            line(csv, "monthly.applications", m.month(), value(m.applications(), small));
            line(csv, "monthly.admissions", m.month(), value(m.admissions(), small));
            line(csv, "monthly.recognitions", m.month(), value(m.recognitions(), small));
            line(csv, "monthly.rejections", m.month(), value(m.rejections(), small));
            line(csv, "monthly.finalRejections", m.month(), value(m.finalRejections(), small));
        }
        breakdown(csv, "people.byStatus", s.people().byStatus(), small);
        breakdown(csv, "people.byNationality", s.people().byNationality(), small);
        breakdown(csv, "people.bySex", s.people().bySex(), small);
        breakdown(csv, "people.byAgeGroup", s.people().byAgeGroup(), small);
        breakdown(csv, "people.bySite", s.people().bySite(), small);
        s.medianDaysPerStage().forEach((stage, days) -> line(csv, "medianDaysPerStage", stage, value(days, small)));
        return csv.toString();
    }

    private static void breakdown(StringBuilder csv, String section, Map<String, Long> cells, String small) {
        cells.forEach((key, count) -> line(csv, section, key, value(count, small)));
    }

    private static String value(Object v, String small) {
        return v == null ? small : v.toString();
    }

    private static void line(StringBuilder csv, String section, String key, String value) {
        csv.append(field(section)).append(',').append(field(key)).append(',').append(field(value)).append('\n');
    }

    /** RFC 4180 quoting; a leading formula character is neutralised (CSV opened in a spreadsheet). */
    static String field(String v) {
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+") ? "'" + v : v;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
