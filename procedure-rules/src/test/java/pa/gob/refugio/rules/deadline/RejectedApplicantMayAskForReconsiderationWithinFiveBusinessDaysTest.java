package pa.gob.refugio.rules.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.calendar.NonBusinessDay;

class RejectedApplicantMayAskForReconsiderationWithinFiveBusinessDaysTest {

    private final Deadlines deadlines = new Deadlines(BusinessCalendar.panama());

    @Test
    void anOrdinaryWeekGivesFiveWeekdaysAfterTheNotification() {
        // notified Monday 9 March 2026: Tue 10, Wed 11, Thu 12, Fri 13, Mon 16
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        assertEquals("reconsideration", d.name());
        assertEquals("Executive Decree 5 of 2018: reconsideration to CONARE within 5 business days of notification",
                d.legalBasis());
        assertEquals(LocalDate.of(2026, 3, 9), d.triggeredOn());
        assertEquals(LocalDate.of(2026, 3, 10), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 3, 16), d.lastDay());
        assertEquals(List.of(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15)), dates(d.skippedDays()));
    }

    @Test
    void aNotificationOnASaturdayCountsFromMonday() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 7));
        assertEquals(LocalDate.of(2026, 3, 9), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 3, 13), d.lastDay());
    }

    @Test
    void carnivalTuesdayIsSkipped() {
        // notified Friday 5 February 2027: Mon 8 (1), Tue 9 Carnival, Wed 10 (2), Thu 11 (3), Fri 12 (4), Mon 15 (5)
        Deadline d = deadlines.reconsideration(LocalDate.of(2027, 2, 5));
        assertEquals(LocalDate.of(2027, 2, 8), d.firstCountedDay());
        assertEquals(LocalDate.of(2027, 2, 15), d.lastDay());
        assertEquals(List.of(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 14)), dates(d.skippedDays()));
        assertEquals("Martes de Carnaval (Carnival Tuesday)", d.skippedDays().get(2).reason());
        assertTrue(d.explanation().contains("Tuesday 9 February 2027: Martes de Carnaval (Carnival Tuesday)"),
                d.explanation());
    }

    @Test
    void decreedCarnivalClosuresAreSkippedAndExplainedWithTheirLegalSource() {
        BusinessCalendar calendar = BusinessCalendar.builder()
                .closure(new Closure(LocalDate.of(2027, 2, 8), "Lunes de Carnaval (Carnival Monday)",
                        "Decreto Ejecutivo 12 de 2027"))
                .closure(new Closure(LocalDate.of(2027, 2, 10), "Miércoles de Ceniza (Ash Wednesday)",
                        "Decreto Ejecutivo 12 de 2027"))
                .build();
        // notified Friday 5 February 2027: Mon 8 closed, Tue 9 Carnival, Wed 10 closed,
        // Thu 11 (1), Fri 12 (2), Mon 15 (3), Tue 16 (4), Wed 17 (5)
        Deadline d = new Deadlines(calendar).reconsideration(LocalDate.of(2027, 2, 5));
        assertEquals(LocalDate.of(2027, 2, 11), d.firstCountedDay());
        assertEquals(LocalDate.of(2027, 2, 17), d.lastDay());
        assertEquals(new NonBusinessDay(LocalDate.of(2027, 2, 8),
                "Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 12 de 2027"), d.skippedDays().get(2));
        assertTrue(d.explanation().contains(
                "Monday 8 February 2027: Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 12 de 2027"),
                d.explanation());
        assertTrue(d.explanation().contains(
                "Wednesday 10 February 2027: Miércoles de Ceniza (Ash Wednesday), closure per Decreto Ejecutivo 12 de 2027"),
                d.explanation());
        assertTrue(d.explanation().contains("Last day to file (inclusive): Wednesday 17 February 2027."), d.explanation());
    }

    @Test
    void goodFridayIsSkippedInHolyWeek() {
        // notified Monday 30 March 2026: Tue 31 (1), Wed 1 Apr (2), Thu 2 (3), Fri 3 Good Friday, Mon 6 (4), Tue 7 (5)
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 30));
        assertEquals(LocalDate.of(2026, 4, 7), d.lastDay());
        assertEquals(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5)),
                dates(d.skippedDays()));
        assertTrue(d.explanation().contains("Friday 3 April 2026: Viernes Santo (Good Friday)"), d.explanation());
    }

    @Test
    void theNovemberHolidaysAreSkippedWithFlagDayObserved() {
        // notified Friday 30 October 2026: Mon 2 Nov (1), Tue 3 hol, Wed 4 Flag Day, Thu 5 hol, Fri 6 (2),
        // Mon 9 (3), Tue 10 hol, Wed 11 (4), Thu 12 (5)
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 10, 30));
        assertEquals(LocalDate.of(2026, 11, 2), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 11, 12), d.lastDay());
        assertEquals(List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 7),
                LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 10)), dates(d.skippedDays()));
        assertTrue(d.explanation().contains("Wednesday 4 November 2026: Día de la Bandera (Flag Day)"), d.explanation());
    }

    @Test
    void theNovemberHolidaysAreSkippedWithoutFlagDay() {
        // Mon 2 Nov (1), Tue 3 hol, Wed 4 (2), Thu 5 hol, Fri 6 (3), Mon 9 (4), Tue 10 hol, Wed 11 (5)
        Deadlines withoutFlagDay = new Deadlines(BusinessCalendar.builder().flagDayObserved(false).build());
        Deadline d = withoutFlagDay.reconsideration(LocalDate.of(2026, 10, 30));
        assertEquals(LocalDate.of(2026, 11, 11), d.lastDay());
        assertFalse(dates(d.skippedDays()).contains(LocalDate.of(2026, 11, 4)));
    }

    @Test
    void aRequestIsInTimeUpToAndIncludingTheLastDay() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        assertTrue(d.isMetBy(LocalDate.of(2026, 3, 9)), "on the notification day");
        assertTrue(d.isMetBy(LocalDate.of(2026, 3, 16)), "on the last day");
        assertFalse(d.isMetBy(LocalDate.of(2026, 3, 17)), "one day late");
        assertFalse(d.isMetBy(LocalDate.of(2026, 3, 8)), "before the notification");
        assertFalse(d.hasLapsed(LocalDate.of(2026, 3, 16)));
        assertTrue(d.hasLapsed(LocalDate.of(2026, 3, 17)));
    }

    @Test
    void theExplanationShowsTheCountAndTheLegalBasis() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        assertEquals("""
                Reconsideration: notified on Monday 9 March 2026.
                5 business days are counted from the day after notification: Tuesday 10 March 2026 (1), \
                Wednesday 11 March 2026 (2), Thursday 12 March 2026 (3), Friday 13 March 2026 (4), Monday 16 March 2026 (5).
                Skipped non-business days:
                  - Saturday 14 March 2026: Saturday (weekend)
                  - Sunday 15 March 2026: Sunday (weekend)
                Last day to file (inclusive): Monday 16 March 2026.
                Legal basis: Executive Decree 5 of 2018: reconsideration to CONARE within 5 business days of notification.""",
                d.explanation());
    }

    static List<LocalDate> dates(List<NonBusinessDay> days) {
        return days.stream().map(NonBusinessDay::date).toList();
    }
}
