package pa.gob.refugio.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;
import pa.gob.refugio.rules.office.OfficeHours;

class ClosuresCoverTheirSitesAndHalfDaysShortenOfficeHoursTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final Closure BALBOA_FOUNDATION = new Closure(MONDAY.plusDays(2), "Fundación de la ciudad",
            "Decreto Ejecutivo 7 de 2027", Set.of("balboa"), null);
    private static final Closure NOON_CLOSURE = new Closure(MONDAY.plusDays(3), "Cierre a mediodía",
            "Decreto Ejecutivo 8 de 2027", Set.of(), LocalTime.NOON);

    private final BusinessCalendar calendar = BusinessCalendar.builder()
            .closure(BALBOA_FOUNDATION).closure(NOON_CLOSURE).build();

    @Test
    void aSiteClosureClosesOnlyTheSitesItLists() {
        LocalDate wednesday = MONDAY.plusDays(2);
        assertFalse(calendar.forSite("BALBOA").isBusinessDay(wednesday));
        assertTrue(calendar.forSite("METETI").isBusinessDay(wednesday));
        assertTrue(calendar.isBusinessDay(wednesday), "the national view ignores site closures");
        assertTrue(calendar.forSite("BALBOA").whyNotBusinessDay(wednesday).orElseThrow()
                .contains("Fundación de la ciudad"));
    }

    @Test
    void aClosureForBalboaMovesBalboasDeadlineAndNotMetetis() {
        Deadline balboa = new Deadlines(calendar.forSite("BALBOA")).reconsideration(MONDAY);
        Deadline meteti = new Deadlines(calendar.forSite("METETI")).reconsideration(MONDAY);
        assertEquals(MONDAY.plusDays(7), meteti.lastDay());
        assertEquals(MONDAY.plusDays(8), balboa.lastDay());
        assertTrue(balboa.explanation().contains("site BALBOA"));
        assertTrue(balboa.explanation(java.util.Locale.forLanguageTag("es")).contains("sede BALBOA"));
        assertTrue(balboa.explanation(java.util.Locale.forLanguageTag("es")).contains("Fundación de la ciudad"));
    }

    @Test
    void aHalfDayClosureKeepsTheBusinessDayButClosesTheOfficeEarly() {
        LocalDate thursday = MONDAY.plusDays(3);
        assertTrue(calendar.isBusinessDay(thursday));
        assertEquals(Optional.of(LocalTime.NOON), calendar.closesEarlyOn(thursday));
        OfficeHours balboa = OfficeHours.standard("ONPAR Balboa");
        assertEquals(Optional.of(new OfficeHours.Opening(LocalTime.of(7, 0), LocalTime.NOON)),
                balboa.on(calendar, thursday));
        assertFalse(balboa.isOpenAt(calendar, thursday.atTime(13, 0)));
        // 60-minute slots from 07:00 that day: 07..11; the sixth goes to Friday
        LocalDateTime slot = balboa.nextFreeSlot(calendar, thursday.atStartOfDay(), Duration.ofMinutes(60), 8,
                day -> day.equals(thursday) ? 5 : 0);
        assertEquals(thursday.plusDays(1).atTime(7, 0), slot);
    }

    @Test
    void sitesOpenAtTheirOwnHoursPerWeekday() {
        OfficeHours meteti = OfficeHours.weekly("ONPAR Metetí", Map.of(
                DayOfWeek.MONDAY, new OfficeHours.Opening(LocalTime.of(8, 0), LocalTime.of(16, 0)),
                DayOfWeek.TUESDAY, new OfficeHours.Opening(LocalTime.of(8, 0), LocalTime.of(12, 0))));
        assertEquals(LocalTime.of(8, 0), meteti.opens());
        assertEquals(MONDAY.atTime(8, 0), meteti.nextFreeSlot(calendar, MONDAY.atStartOfDay(),
                Duration.ofMinutes(30), 100, d -> 0));
        assertEquals(MONDAY.plusDays(1).atTime(11, 30), meteti.nextFreeSlot(calendar,
                MONDAY.plusDays(1).atTime(11, 10), Duration.ofMinutes(30), 100, d -> 0));
        // closed on Wednesday: Tuesday full → next Monday
        assertEquals(MONDAY.plusDays(7).atTime(8, 0), meteti.nextFreeSlot(calendar,
                MONDAY.plusDays(1).atTime(12, 0), Duration.ofMinutes(30), 100, d -> 0));
        assertFalse(meteti.isOpenAt(calendar, MONDAY.atTime(7, 30)));
    }

    @Test
    void aSiteClosureWithAHalfDayOnlyShortensThatSite() {
        BusinessCalendar c = BusinessCalendar.builder().closure(new Closure(MONDAY, "Acto oficial", "Resolución 1",
                Set.of("METETI"), LocalTime.of(10, 0))).build();
        assertEquals(Optional.of(LocalTime.of(10, 0)), c.forSite("METETI").closesEarlyOn(MONDAY));
        assertEquals(Optional.empty(), c.forSite("BALBOA").closesEarlyOn(MONDAY));
    }
}
