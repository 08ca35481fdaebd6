package pa.gob.refugio.rules.foureyes;

import java.time.LocalDate;
import java.util.Objects;
import pa.gob.refugio.rules.calendar.BusinessCalendar;

/**
 * Whether a legal date (the date a resolution was signed or notified, a challenge filed or a paper filing received)
 * lies so far in the past that it needs a second officer before it has any effect.
 *
 * <p>The business days back are those from the legal date (included) up to today (excluded): with the default of 2,
 * on a Monday a date of the previous Thursday or Friday takes effect at once (a paper file keyed in a day or two
 * late), the previous Wednesday needs a second officer. A date on a weekend or holiday counts only the business days
 * after it. A date in the future is not back-dated (its own rule refuses it).
 */
public final class LegalDateCheck {

    /** The default number of business days an officer may back-date alone. */
    public static final int DEFAULT_ALLOWED_BUSINESS_DAYS = 2;

    private final BusinessCalendar calendar;
    private final int allowedBusinessDays;

    public LegalDateCheck(BusinessCalendar calendar, int allowedBusinessDays) {
        if (allowedBusinessDays < 0) {
            throw new IllegalArgumentException("allowedBusinessDays must not be negative: " + allowedBusinessDays);
        }
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.allowedBusinessDays = allowedBusinessDays;
    }

    /** The business days from {@code legalDate} (included) to {@code today} (excluded); 0 for today or later. */
    public int businessDaysBack(LocalDate legalDate, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (legalDate == null || !legalDate.isBefore(today)) {
            return 0;
        }
        return (int) legalDate.datesUntil(today).filter(calendar::isBusinessDay).count();
    }

    /** True when {@code legalDate} needs a second officer's confirmation before it has any effect. */
    public boolean needsSecondOfficer(LocalDate legalDate, LocalDate today) {
        return businessDaysBack(legalDate, today) > allowedBusinessDays;
    }

    public int allowedBusinessDays() {
        return allowedBusinessDays;
    }

    /**
     * Whether {@code confirmingOfficer} may confirm an entry {@code recordedBy} recorded: only another person
     * (compared on the token's subject, case-insensitively and ignoring surrounding blanks).
     */
    public static boolean isSecondOfficer(String recordedBy, String confirmingOfficer) {
        if (recordedBy == null || confirmingOfficer == null || confirmingOfficer.isBlank()) {
            return false;
        }
        return !recordedBy.strip().equalsIgnoreCase(confirmingOfficer.strip());
    }
}
