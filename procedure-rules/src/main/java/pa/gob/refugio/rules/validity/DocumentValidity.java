package pa.gob.refugio.rules.validity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The last day of validity of every document Refugio issues — the asylum-seeker certificate (registration), the
 * provisional ID and the refugee document (SNM) — and of the renewals and extensions that add a period to one. One
 * rule for all of them, so that the same law is never counted two ways.
 *
 * <h2>The convention: a period of N months counted "de fecha a fecha"</h2>
 * <ul>
 *   <li>The period starts on its <b>first day</b> (the issue date, or the day after the former last day for a
 *       renewal or an extension) and that day counts in full.</li>
 *   <li>Its <b>last day</b> is the day before the same calendar day N months later: a provisional ID issued on
 *       30 November is valid through 29 May; one issued on 10 March through 9 September; a certificate issued on
 *       1 January for one month through 31 January.</li>
 *   <li>When the target month has no such day (31 August + 6 months: there is no 31 February; 29 February 2028 +
 *       12 months: there is no 29 February 2029), the period ends on the <b>last day of the target month</b>
 *       (28 or 29 February; 28 February 2029). So 29, 30 and 31 January + 1 month all end on 28 February in a common
 *       year; 30 and 31 January end on 29 February in a leap year, 29 January on 28 February.</li>
 *   <li>The document is valid through the whole last day (until midnight) and has expired the day after.</li>
 *   <li>Months are calendar months; weekends and holidays count (a validity is not a business-day window and is
 *       never moved to the next business day).</li>
 *   <li><b>No gap on renewal</b>: a renewal or an extension by months starts the day after the former last day, so
 *       the new last day is {@code lastDay(formerLastDay + 1 day, N)}.</li>
 * </ul>
 *
 * <h2>Legal source</h2>
 * Panama's Civil Code (Código Civil, Ley 2 de 1916), Título Preliminar, Capítulo III-A "Definición de varias palabras
 * de uso frecuente en las leyes" (arts. 34-A to 34-G): art. 34-F (an act due within a period is valid until the
 * midnight that ends the period's last day; a right expires only after that midnight), art. 34-G (periods set by laws
 * and executive decrees include holidays unless they are of "días útiles"); the rule for periods of months (the first
 * and last day bearing the same number, a month being of 28, 29, 30 or 31 days) is in the same chapter, art. 34-E
 * <i>(unsure)</i>; Ley 38 de 2000 (general administrative procedure) for plazos of the administration
 * <i>(unsure)</i>. Whether the issue day itself counts as the first day (Refugio: yes, the document is valid on the
 * day it is issued, hence the day before the same date N months later) is <i>(unsure)</i>: the legal office must
 * confirm. The periods themselves (6 months provisional ID and certificate, 12 months refugee document) are
 * configuration of each service, not of this rule.
 */
public final class DocumentValidity {

    private DocumentValidity() {
    }

    /**
     * The last day of validity of a period of {@code months} months whose first day is {@code firstDay} (the issue
     * date): the day before the same day of the month {@code months} months later, or the last day of that month if
     * it has no such day.
     *
     * @throws IllegalArgumentException if {@code months} is not positive
     */
    public static LocalDate lastDay(LocalDate firstDay, int months) {
        Objects.requireNonNull(firstDay, "firstDay");
        if (months <= 0) {
            throw new IllegalArgumentException("a validity period must be a positive number of months: " + months);
        }
        YearMonth target = YearMonth.from(firstDay).plusMonths(months);
        int day = firstDay.getDayOfMonth();
        if (day > target.lengthOfMonth()) {
            return target.atEndOfMonth();
        }
        return target.atDay(day).minusDays(1);
    }

    /** The first day of a renewal or extension: the day after the former last day, so that there is no gap. */
    public static LocalDate renewalFirstDay(LocalDate formerLastDay) {
        Objects.requireNonNull(formerLastDay, "formerLastDay");
        return formerLastDay.plusDays(1);
    }

    /**
     * The last day after a renewal (or an extension by months) that adds {@code months} months to a document valid
     * through {@code formerLastDay}: the new period starts the day after the former last day.
     */
    public static LocalDate renewedLastDay(LocalDate formerLastDay, int months) {
        return lastDay(renewalFirstDay(formerLastDay), months);
    }
}
