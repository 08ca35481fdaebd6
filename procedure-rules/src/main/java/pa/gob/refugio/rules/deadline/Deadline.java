package pa.gob.refugio.rules.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import pa.gob.refugio.rules.calendar.NonBusinessDay;

/**
 * A legal deadline that explains itself.
 *
 * @param name            what the deadline is for, e.g. {@code "reconsideration"}
 * @param legalBasis      the rule it applies
 * @param triggeredOn     the event date the window starts from (notification date, entry date)
 * @param firstCountedDay the first day counted in the window
 * @param lastDay         the last day on which the act can still be done (inclusive)
 * @param skippedDays     the non-business days that pushed the count or the last day, each with its reason
 * @param explanation     how the deadline was computed, in English
 * @param spanishExplanation the same in Spanish
 */
public record Deadline(
        String name,
        String legalBasis,
        LocalDate triggeredOn,
        LocalDate firstCountedDay,
        LocalDate lastDay,
        List<NonBusinessDay> skippedDays,
        String explanation,
        String spanishExplanation) {

    public static final String RECONSIDERATION = "reconsideration";
    public static final String APPEAL = "appeal";
    public static final String FILING = "filing";

    public Deadline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(triggeredOn, "triggeredOn");
        Objects.requireNonNull(firstCountedDay, "firstCountedDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(explanation, "explanation");
        if (spanishExplanation == null) {
            spanishExplanation = explanation;
        }
        skippedDays = List.copyOf(skippedDays);
        if (lastDay.isBefore(triggeredOn) || firstCountedDay.isBefore(triggeredOn)) {
            throw new IllegalArgumentException("a deadline cannot end or start counting before its trigger");
        }
    }

    public Deadline(String name, String legalBasis, LocalDate triggeredOn, LocalDate firstCountedDay,
                    LocalDate lastDay, List<NonBusinessDay> skippedDays, String explanation) {
        this(name, legalBasis, triggeredOn, firstCountedDay, lastDay, skippedDays, explanation, null);
    }

    /** The explanation in Spanish when the locale's language is Spanish, else in English. */
    public String explanation(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? spanishExplanation : explanation;
    }

    /** Whether an act done on {@code filedOn} is in time: not before the trigger and not after the last day. */
    public boolean isMetBy(LocalDate filedOn) {
        Objects.requireNonNull(filedOn, "filedOn");
        return !filedOn.isBefore(triggeredOn) && !filedOn.isAfter(lastDay);
    }

    /** Whether the window has closed: {@code today} is after the last day. */
    public boolean hasLapsed(LocalDate today) {
        return Objects.requireNonNull(today, "today").isAfter(lastDay);
    }
}
