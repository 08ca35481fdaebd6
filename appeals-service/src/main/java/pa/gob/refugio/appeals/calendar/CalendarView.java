package pa.gob.refugio.appeals.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A year of the one calendar: national holidays and decreed closures with reasons; with {@code site}, as counted at
 * that site (its closures and national ones), else every closure.
 */
public record CalendarView(int year, String site, boolean flagDayObserved, List<HolidayView> holidays,
                           List<ClosureView> closures) {

    public record HolidayView(LocalDate date, String name, String englishName, LocalDate movedFrom, String reason) {
    }

    /** A decreed closure: national ({@code sites} empty) or for the sites listed; whole day or from {@code from}. */
    public record ClosureView(UUID closureId, LocalDate date, String reason, String legalSource, List<String> sites,
                              LocalTime from, String description) {
    }

    /** A site's opening hours per weekday. */
    public record SiteView(String code, String name, List<DayHours> week) {
    }

    public record DayHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }
}
