package pa.gob.refugio.rules.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for explanations, e.g. "Friday 5 February 2027" or "viernes 5 de febrero de 2027". */
final class DateText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SPANISH =
            DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' uuuu", Locale.forLanguageTag("es"));

    private DateText() {
    }

    static String of(LocalDate date) {
        return FORMAT.format(date);
    }

    static String es(LocalDate date) {
        return SPANISH.format(date);
    }
}
