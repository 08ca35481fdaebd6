package pa.gob.refugio.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off closure of public offices decreed by the Executive (e.g. Carnival Monday), maintained by
 * operators.
 *
 * @param date        the closed day
 * @param reason      why offices are closed, e.g. "Lunes de Carnaval (Carnival Monday)"
 * @param legalSource the instrument that decreed it, e.g. "Decreto Ejecutivo 12 de 2027"
 */
public record Closure(LocalDate date, String reason, String legalSource) {

    public Closure {
        Objects.requireNonNull(date, "date");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a closure needs a reason");
        }
        if (legalSource == null || legalSource.isBlank()) {
            throw new IllegalArgumentException("a closure needs its legal source");
        }
    }

    /** E.g. {@code "Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 12 de 2027"}. */
    public String describe() {
        return reason + ", closure per " + legalSource;
    }
}
