package pa.gob.refugio.rules.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A national holiday as observed in a given year.
 *
 * @param date        the day on which it is observed (a business day is lost only if this is a weekday)
 * @param name        the Spanish name, e.g. "Navidad"
 * @param englishName a short English gloss, e.g. "Christmas Day"
 * @param movedFrom   the calendar date of the holiday when it fell on a Sunday and is observed on the
 *                    Monday; {@code null} when it was not moved
 */
public record Holiday(LocalDate date, String name, String englishName, LocalDate movedFrom) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
    }

    /** A holiday observed on its own date. */
    public static Holiday on(LocalDate date, String name, String englishName) {
        return new Holiday(date, name, englishName, null);
    }

    public boolean isMoved() {
        return movedFrom != null;
    }

    public Optional<LocalDate> movedFromDate() {
        return Optional.ofNullable(movedFrom);
    }

    /** Why the day is not a business day, in Spanish, e.g. {@code "Navidad"} or {@code "Navidad (25 de diciembre, trasladado del domingo)"}. */
    public String spanishReason() {
        if (!isMoved()) {
            return name;
        }
        return name + " (" + movedFrom.getDayOfMonth() + " de "
                + movedFrom.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"))
                + ", trasladado del domingo)";
    }

    /**
     * Why the day is not a business day, e.g. {@code "Navidad (Christmas Day)"} or
     * {@code "Independencia de Panamá de España (Independence from Spain; 28 November, moved from Sunday)"}.
     */
    public String reason() {
        if (!isMoved()) {
            return name + " (" + englishName + ")";
        }
        String weekday = movedFrom.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return name + " (" + englishName + "; " + DAY_MONTH.format(movedFrom) + ", moved from " + weekday + ")";
    }
}
