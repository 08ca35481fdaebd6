package pa.gob.refugio.kit.deadline;

import java.time.LocalDate;
import java.util.List;
import pa.gob.refugio.rules.deadline.Deadline;

/** A deadline as clients see it: which one, from when, the last day, what was skipped and why. */
public record DeadlineView(String name, String legalBasis, LocalDate triggeredOn, LocalDate firstCountedDay,
                           LocalDate lastDay, List<String> skippedDays, String explanation) {

    public static DeadlineView of(Deadline d) {
        return new DeadlineView(d.name(), d.legalBasis(), d.triggeredOn(), d.firstCountedDay(), d.lastDay(),
                d.skippedDays().stream().map(s -> s.date() + ": " + s.reason()).toList(), d.explanation());
    }
}
