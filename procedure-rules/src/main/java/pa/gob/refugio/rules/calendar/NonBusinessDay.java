package pa.gob.refugio.rules.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day that is not a business day, with the reason(s) why (weekend, holiday, closure), joined by "; ", in
 * English and in Spanish.
 */
public record NonBusinessDay(LocalDate date, String reason, String spanishReason) {

    public NonBusinessDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if (spanishReason == null) {
            spanishReason = reason;
        }
    }

    public NonBusinessDay(LocalDate date, String reason) {
        this(date, reason, null);
    }

    /** The reason in Spanish when the locale's language is Spanish, else in English. */
    public String reason(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? spanishReason : reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NonBusinessDay other && date.equals(other.date) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, reason);
    }
}
