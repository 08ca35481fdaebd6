package pa.gob.refugio.kit.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import pa.gob.refugio.kit.problem.RequestLanguage;
import pa.gob.refugio.rules.deadline.Deadline;

/**
 * A deadline as clients see it: which one, from when, the last day, what was skipped and why. The explanation is in
 * the language of the request being served (Spanish unless the caller prefers English), see {@link RequestLanguage}.
 */
public record DeadlineView(String name, String legalBasis, LocalDate triggeredOn, LocalDate firstCountedDay,
                           LocalDate lastDay, List<String> skippedDays, String explanation) {

    public static DeadlineView of(Deadline d) {
        return of(d, RequestLanguage.current());
    }

    public static DeadlineView of(Deadline d, Locale language) {
        return new DeadlineView(d.name(), d.legalBasis(), d.triggeredOn(), d.firstCountedDay(), d.lastDay(),
                d.skippedDays().stream().map(s -> s.date() + ": " + s.reason(language)).toList(),
                d.explanation(language));
    }
}
