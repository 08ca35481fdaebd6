package pa.gob.refugio.appeals.calendar;

import java.time.LocalDate;
import java.util.List;

/** A year of Panama's calendar as this service counts it: national holidays and decreed closures, with reasons. */
public record CalendarView(int year, boolean flagDayObserved, List<HolidayView> holidays, List<ClosureView> closures) {

    public record HolidayView(LocalDate date, String name, String englishName, LocalDate movedFrom, String reason) {
    }

    public record ClosureView(LocalDate date, String reason, String legalSource, String description) {
    }
}
