package pa.gob.refugio.rules.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.NonBusinessDay;

/**
 * Computes the procedure's deadlines on a {@link BusinessCalendar}. The lengths are legal values that can
 * change, hence constructor parameters (defaults: 5 business days, 6 months).
 */
public final class Deadlines {

    /** Business days to ask for reconsideration (CONARE) or to appeal (Minister of Government). */
    public static final int DEFAULT_CHALLENGE_BUSINESS_DAYS = 5;
    /** Months to file the application after entry (Executive Decree 5 of 2018, art. 30). */
    public static final int DEFAULT_FILING_MONTHS = 6;

    private final BusinessCalendar calendar;
    private final int reconsiderationBusinessDays;
    private final int appealBusinessDays;
    private final int filingMonths;

    public Deadlines(BusinessCalendar calendar) {
        this(calendar, DEFAULT_CHALLENGE_BUSINESS_DAYS, DEFAULT_FILING_MONTHS);
    }

    /** Same number of business days for reconsideration and appeal. */
    public Deadlines(BusinessCalendar calendar, int challengeBusinessDays, int filingMonths) {
        this(calendar, challengeBusinessDays, challengeBusinessDays, filingMonths);
    }

    public Deadlines(BusinessCalendar calendar, int reconsiderationBusinessDays, int appealBusinessDays,
            int filingMonths) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.reconsiderationBusinessDays = positive(reconsiderationBusinessDays, "reconsiderationBusinessDays");
        this.appealBusinessDays = positive(appealBusinessDays, "appealBusinessDays");
        this.filingMonths = positive(filingMonths, "filingMonths");
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Reconsideration to CONARE: N business days counted from the day after notification. */
    public Deadline reconsideration(LocalDate notifiedOn) {
        return businessDaysAfterNotification(Deadline.RECONSIDERATION, notifiedOn, reconsiderationBusinessDays,
                "Executive Decree 5 of 2018: reconsideration to CONARE within " + reconsiderationBusinessDays
                        + " business days of notification");
    }

    /** Appeal to the Minister of Government: N business days counted from the day after notification. */
    public Deadline appeal(LocalDate notifiedOn) {
        return businessDaysAfterNotification(Deadline.APPEAL, notifiedOn, appealBusinessDays,
                "Executive Decree 5 of 2018: appeal to the Minister of Government within " + appealBusinessDays
                        + " business days of notification");
    }

    /**
     * Filing the application: within N months counted from the business day after entry. The last day is
     * the first counted day plus N calendar months, extended to the next business day if it is not one.
     */
    public Deadline filing(LocalDate entryDate) {
        Objects.requireNonNull(entryDate, "entryDate");
        String legalBasis = "Executive Decree 5 of 2018, art. 30: application within " + filingMonths
                + " months of entry, counted from the business day after entry";
        LocalDate firstCounted = calendar.nextBusinessDayAfter(entryDate);
        List<NonBusinessDay> skippedAtStart = calendar.nonBusinessDaysBetween(entryDate.plusDays(1),
                firstCounted.minusDays(1));
        LocalDate nominalEnd = firstCounted.plusMonths(filingMonths);
        LocalDate lastDay = calendar.businessDayOnOrAfter(nominalEnd);
        List<NonBusinessDay> skippedAtEnd = calendar.nonBusinessDaysBetween(nominalEnd, lastDay.minusDays(1));

        StringBuilder text = new StringBuilder();
        text.append("Filing: entered Panama on ").append(DateText.of(entryDate)).append(".\n");
        text.append("The ").append(filingMonths).append(" months are counted from the business day after entry: ")
                .append(DateText.of(firstCounted)).append(".\n");
        appendSkipped(text, "Skipped before the first counted day:", skippedAtStart);
        text.append(filingMonths).append(" calendar months from ").append(DateText.of(firstCounted))
                .append(" end on ").append(DateText.of(nominalEnd));
        if (skippedAtEnd.isEmpty()) {
            text.append(", a business day.\n");
        } else {
            text.append(", which is not a business day, so the deadline extends to the next business day, ")
                    .append(DateText.of(lastDay)).append(".\n");
            appendSkipped(text, "Skipped at the end:", skippedAtEnd);
        }
        text.append("Last day to file (inclusive): ").append(DateText.of(lastDay)).append(".\n");
        text.append("Legal basis: ").append(legalBasis).append('.');

        List<NonBusinessDay> skipped = new ArrayList<>(skippedAtStart);
        skipped.addAll(skippedAtEnd);
        return new Deadline(Deadline.FILING, legalBasis, entryDate, firstCounted, lastDay, skipped, text.toString());
    }

    private Deadline businessDaysAfterNotification(String name, LocalDate notifiedOn, int businessDays,
            String legalBasis) {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        LocalDate firstCounted = calendar.nextBusinessDayAfter(notifiedOn);
        LocalDate lastDay = calendar.addBusinessDays(notifiedOn, businessDays);
        List<NonBusinessDay> skipped = calendar.nonBusinessDaysBetween(notifiedOn.plusDays(1), lastDay);

        List<String> counted = new ArrayList<>();
        int n = 0;
        for (LocalDate d = firstCounted; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                counted.add(DateText.of(d) + " (" + (++n) + ")");
            }
        }

        StringBuilder text = new StringBuilder();
        text.append(capitalised(name)).append(": notified on ").append(DateText.of(notifiedOn)).append(".\n");
        text.append(businessDays).append(" business days are counted from the day after notification: ")
                .append(String.join(", ", counted)).append(".\n");
        if (skipped.isEmpty()) {
            text.append("No non-business day was skipped.\n");
        } else {
            appendSkipped(text, "Skipped non-business days:", skipped);
        }
        text.append("Last day to file (inclusive): ").append(DateText.of(lastDay)).append(".\n");
        text.append("Legal basis: ").append(legalBasis).append('.');
        return new Deadline(name, legalBasis, notifiedOn, firstCounted, lastDay, skipped, text.toString());
    }

    private static void appendSkipped(StringBuilder text, String heading, List<NonBusinessDay> days) {
        if (days.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        for (NonBusinessDay d : days) {
            text.append("  - ").append(DateText.of(d.date())).append(": ").append(d.reason()).append('\n');
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int positive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
        return value;
    }
}
