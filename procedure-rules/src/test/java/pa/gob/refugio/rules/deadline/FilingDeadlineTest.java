package pa.gob.refugio.rules.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.rules.deadline.RejectedApplicantMayAskForReconsiderationWithinFiveBusinessDaysTest.dates;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pa.gob.refugio.rules.calendar.BusinessCalendar;

class FilingDeadlineTest {

    private final Deadlines deadlines = new Deadlines(BusinessCalendar.panama());

    @Test
    void anEntryOnAFridayIsCountedFromMondayAndASundayLastDayExtendsToMonday() {
        // entered Friday 16 January 2026 -> counted from Monday 19 January -> 19 July 2026 is a Sunday -> Monday 20
        Deadline d = deadlines.filing(LocalDate.of(2026, 1, 16));
        assertEquals("filing", d.name());
        assertEquals(LocalDate.of(2026, 1, 16), d.triggeredOn());
        assertEquals(LocalDate.of(2026, 1, 19), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 7, 20), d.lastDay());
        assertEquals(List.of(LocalDate.of(2026, 1, 17), LocalDate.of(2026, 1, 18), LocalDate.of(2026, 7, 19)),
                dates(d.skippedDays()));
        assertEquals("""
                Filing: entered Panama on Friday 16 January 2026.
                The 6 months are counted from the business day after entry: Monday 19 January 2026.
                Skipped before the first counted day:
                  - Saturday 17 January 2026: Saturday (weekend)
                  - Sunday 18 January 2026: Sunday (weekend)
                6 calendar months from Monday 19 January 2026 end on Sunday 19 July 2026, which is not a business day, \
                so the deadline extends to the next business day, Monday 20 July 2026.
                Skipped at the end:
                  - Sunday 19 July 2026: Sunday (weekend)
                Last day to file (inclusive): Monday 20 July 2026.
                Legal basis: Executive Decree 5 of 2018, art. 30: application within 6 months of entry, \
                counted from the business day after entry.""", d.explanation());
    }

    @Test
    void aLastDayOnABusinessDayIsNotExtended() {
        // entered Wednesday 14 January 2026 -> Thursday 15 January -> Wednesday 15 July 2026
        Deadline d = deadlines.filing(LocalDate.of(2026, 1, 14));
        assertEquals(LocalDate.of(2026, 1, 15), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 7, 15), d.lastDay());
        assertTrue(d.skippedDays().isEmpty());
        assertTrue(d.explanation().contains("end on Wednesday 15 July 2026, a business day."), d.explanation());
    }

    @Test
    void aHolidayAfterEntryDelaysTheFirstCountedDay() {
        // entered Thursday 8 January 2026 -> Fri 9 Martyrs' Day, weekend -> Monday 12 January
        // -> 12 July 2026 is a Sunday -> Monday 13 July
        Deadline d = deadlines.filing(LocalDate.of(2026, 1, 8));
        assertEquals(LocalDate.of(2026, 1, 12), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 7, 13), d.lastDay());
        assertTrue(d.explanation().contains("Friday 9 January 2026: Día de los Mártires (Martyrs' Day)"), d.explanation());
    }

    @Test
    void aLastDayOnChristmasExtendsOverTheWeekend() {
        // entered Wednesday 24 June 2026 -> Thursday 25 June -> Friday 25 December 2026 (Christmas) -> Monday 28
        Deadline d = deadlines.filing(LocalDate.of(2026, 6, 24));
        assertEquals(LocalDate.of(2026, 6, 25), d.firstCountedDay());
        assertEquals(LocalDate.of(2026, 12, 28), d.lastDay());
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 27)),
                dates(d.skippedDays()));
        assertTrue(d.explanation().contains("which is not a business day, so the deadline extends"), d.explanation());
        assertTrue(d.explanation().contains("Friday 25 December 2026: Navidad (Christmas Day)"), d.explanation());
        assertTrue(d.explanation().contains("Saturday 26 December 2026: Saturday (weekend)"), d.explanation());
    }

    @Test
    void aLastDayOnANovemberHolidayExtendsToTheNextBusinessDay() {
        // entered Monday 4 May 2026 -> Tuesday 5 May -> Thursday 5 November 2026 (holiday) -> Friday 6 November
        Deadline d = deadlines.filing(LocalDate.of(2026, 5, 4));
        assertEquals(LocalDate.of(2026, 11, 6), d.lastDay());
    }

    @Test
    void anApplicationFiledOneDayLateIsOutOfTime() {
        Deadline d = deadlines.filing(LocalDate.of(2026, 1, 16));
        assertTrue(d.isMetBy(LocalDate.of(2026, 1, 16)), "on the day of entry");
        assertTrue(d.isMetBy(LocalDate.of(2026, 7, 20)), "on the extended last day");
        assertFalse(d.isMetBy(LocalDate.of(2026, 7, 21)), "one day late");
        assertFalse(d.hasLapsed(LocalDate.of(2026, 7, 20)));
        assertTrue(d.hasLapsed(LocalDate.of(2026, 7, 21)));
    }

    @Test
    void theNumberOfMonthsIsALegalParameter() {
        // 3 months from Thursday 15 January 2026 -> Wednesday 15 April 2026
        Deadline d = new Deadlines(BusinessCalendar.panama(), 5, 3).filing(LocalDate.of(2026, 1, 14));
        assertEquals(LocalDate.of(2026, 4, 15), d.lastDay());
        assertTrue(d.legalBasis().contains("within 3 months of entry"));
    }
}
