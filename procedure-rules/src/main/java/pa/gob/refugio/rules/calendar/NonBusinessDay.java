package pa.gob.refugio.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not a business day, with the reason(s) why (weekend, holiday, closure), joined by "; ".
 */
public record NonBusinessDay(LocalDate date, String reason) {

    public NonBusinessDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
