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
        return businessDaysAfterNotification(Deadline.RECONSIDERATION, "Reconsideración", notifiedOn,
                reconsiderationBusinessDays,
                "Executive Decree 5 of 2018: reconsideration to CONARE within " + reconsiderationBusinessDays
                        + " business days of notification",
                "Decreto Ejecutivo 5 de 2018: reconsideración ante la CONARE dentro de los "
                        + reconsiderationBusinessDays + " días hábiles siguientes a la notificación");
    }

    /** Appeal to the Minister of Government: N business days counted from the day after notification. */
    public Deadline appeal(LocalDate notifiedOn) {
        return businessDaysAfterNotification(Deadline.APPEAL, "Apelación", notifiedOn, appealBusinessDays,
                "Executive Decree 5 of 2018: appeal to the Minister of Government within " + appealBusinessDays
                        + " business days of notification",
                "Decreto Ejecutivo 5 de 2018: apelación ante el Ministro de Gobierno dentro de los "
                        + appealBusinessDays + " días hábiles siguientes a la notificación");
    }

    /**
     * Filing the application: within N months counted from the business day after entry. The last day is
     * the first counted day plus N calendar months, extended to the next business day if it is not one.
     */
    public Deadline filing(LocalDate entryDate) {
        Objects.requireNonNull(entryDate, "entryDate");
        String legalBasis = "Executive Decree 5 of 2018, art. 30: application within " + filingMonths
                + " months of entry, counted from the business day after entry";
        String base = "Decreto Ejecutivo 5 de 2018, art. 30: solicitud dentro de los " + filingMonths
                + " meses siguientes a la entrada, contados desde el día hábil siguiente a la entrada";
        LocalDate firstCounted = calendar.nextBusinessDayAfter(entryDate);
        List<NonBusinessDay> skippedAtStart = calendar.nonBusinessDaysBetween(entryDate.plusDays(1),
                firstCounted.minusDays(1));
        LocalDate nominalEnd = firstCounted.plusMonths(filingMonths);
        LocalDate lastDay = calendar.businessDayOnOrAfter(nominalEnd);
        List<NonBusinessDay> skippedAtEnd = calendar.nonBusinessDaysBetween(nominalEnd, lastDay.minusDays(1));

        StringBuilder text = new StringBuilder();
        StringBuilder es = new StringBuilder();
        text.append("Filing: entered Panama on ").append(DateText.of(entryDate)).append(".\n");
        es.append("Solicitud: entrada a Panamá el ").append(DateText.es(entryDate)).append(".\n");
        appendSite(text, es);
        text.append("The ").append(filingMonths).append(" months are counted from the business day after entry: ")
                .append(DateText.of(firstCounted)).append(".\n");
        es.append("Los ").append(filingMonths).append(" meses se cuentan desde el día hábil siguiente a la entrada: ")
                .append(DateText.es(firstCounted)).append(".\n");
        appendSkipped(text, es, "Skipped before the first counted day:", "Días omitidos antes del primer día contado:",
                skippedAtStart);
        text.append(filingMonths).append(" calendar months from ").append(DateText.of(firstCounted))
                .append(" end on ").append(DateText.of(nominalEnd));
        es.append(filingMonths).append(" meses calendario desde el ").append(DateText.es(firstCounted))
                .append(" terminan el ").append(DateText.es(nominalEnd));
        if (skippedAtEnd.isEmpty()) {
            text.append(", a business day.\n");
            es.append(", día hábil.\n");
        } else {
            text.append(", which is not a business day, so the deadline extends to the next business day, ")
                    .append(DateText.of(lastDay)).append(".\n");
            es.append(", que no es día hábil; el plazo se extiende al siguiente día hábil, el ")
                    .append(DateText.es(lastDay)).append(".\n");
            appendSkipped(text, es, "Skipped at the end:", "Días omitidos al final:", skippedAtEnd);
        }
        text.append("Last day to file (inclusive): ").append(DateText.of(lastDay)).append(".\n");
        es.append("Último día para presentar (inclusive): ").append(DateText.es(lastDay)).append(".\n");
        text.append("Legal basis: ").append(legalBasis).append('.');
        es.append("Base legal: ").append(base).append('.');

        List<NonBusinessDay> skipped = new ArrayList<>(skippedAtStart);
        skipped.addAll(skippedAtEnd);
        return new Deadline(Deadline.FILING, legalBasis, entryDate, firstCounted, lastDay, skipped, text.toString(),
                es.toString());
    }

    private Deadline businessDaysAfterNotification(String name, String nombre, LocalDate notifiedOn,
            int businessDays, String legalBasis, String base) {
        Objects.requireNonNull(notifiedOn, "notifiedOn");
        LocalDate firstCounted = calendar.nextBusinessDayAfter(notifiedOn);
        LocalDate lastDay = calendar.addBusinessDays(notifiedOn, businessDays);
        List<NonBusinessDay> skipped = calendar.nonBusinessDaysBetween(notifiedOn.plusDays(1), lastDay);

        List<String> counted = new ArrayList<>();
        List<String> contados = new ArrayList<>();
        int n = 0;
        for (LocalDate d = firstCounted; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                counted.add(DateText.of(d) + " (" + (++n) + ")");
                contados.add(DateText.es(d) + " (" + n + ")");
            }
        }

        StringBuilder text = new StringBuilder();
        StringBuilder es = new StringBuilder();
        text.append(capitalised(name)).append(": notified on ").append(DateText.of(notifiedOn)).append(".\n");
        es.append(nombre).append(": notificada el ").append(DateText.es(notifiedOn)).append(".\n");
        appendSite(text, es);
        text.append(businessDays).append(" business days are counted from the day after notification: ")
                .append(String.join(", ", counted)).append(".\n");
        es.append("Se cuentan ").append(businessDays).append(" días hábiles desde el día siguiente a la notificación: ")
                .append(String.join(", ", contados)).append(".\n");
        if (skipped.isEmpty()) {
            text.append("No non-business day was skipped.\n");
            es.append("No se omitió ningún día inhábil.\n");
        } else {
            appendSkipped(text, es, "Skipped non-business days:", "Días inhábiles omitidos:", skipped);
        }
        text.append("Last day to file (inclusive): ").append(DateText.of(lastDay)).append(".\n");
        es.append("Último día para presentar (inclusive): ").append(DateText.es(lastDay)).append(".\n");
        text.append("Legal basis: ").append(legalBasis).append('.');
        es.append("Base legal: ").append(base).append('.');
        return new Deadline(name, legalBasis, notifiedOn, firstCounted, lastDay, skipped, text.toString(),
                es.toString());
    }

    private void appendSite(StringBuilder text, StringBuilder es) {
        calendar.site().ifPresent(site -> {
            text.append("Counted on the calendar of site ").append(site).append(".\n");
            es.append("Contado según el calendario de la sede ").append(site).append(".\n");
        });
    }

    private static void appendSkipped(StringBuilder text, StringBuilder es, String heading, String encabezado,
                                      List<NonBusinessDay> days) {
        if (days.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        es.append(encabezado).append('\n');
        for (NonBusinessDay d : days) {
            text.append("  - ").append(DateText.of(d.date())).append(": ").append(d.reason()).append('\n');
            es.append("  - ").append(DateText.es(d.date())).append(": ").append(d.spanishReason()).append('\n');
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
