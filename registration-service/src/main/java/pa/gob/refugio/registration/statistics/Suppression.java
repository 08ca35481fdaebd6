package pa.gob.refugio.registration.statistics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statistical disclosure control of the published figures: a count from 1 to {@code below - 1} could single a person
 * out, so it is suppressed (null). No totals are published, but the cells of one breakdown add up to the same total
 * as another breakdown (every person has one sex, one status, ...), so a single suppressed cell could be recovered by
 * subtraction: then the smallest other non-zero cell of that breakdown is suppressed too (secondary suppression).
 * Zero is shown (it singles nobody out).
 */
public final class Suppression {

    private Suppression() {
    }

    /** The cells of one breakdown, in their order, with the cells to hide as null. */
    public static Map<String, Long> apply(Map<String, Long> cells, int below) {
        Map<String, Long> shown = new LinkedHashMap<>(cells);
        long primary = cells.values().stream().filter(v -> isSmall(v, below)).count();
        shown.replaceAll((k, v) -> isSmall(v, below) ? null : v);
        if (primary == 1) {
            shown.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> shown.put(e.getKey(), null));
        }
        return shown;
    }

    /** A median (or any figure computed from a few people) is shown only when {@code people >= below}. */
    public static boolean enoughPeople(long people, int below) {
        return people >= below;
    }

    /** Whether a breakdown hides anything. */
    public static boolean anySuppressed(Collection<Long> shown) {
        return shown.stream().anyMatch(v -> v == null);
    }

    private static boolean isSmall(Long v, int below) {
        return v != null && v > 0 && v < below;
    }
}
