package pa.gob.refugio.rules.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for explanations, e.g. "Friday 5 February 2027". */
final class DateText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private DateText() {
    }

    static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
