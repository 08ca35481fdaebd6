package pa.gob.refugio.registration.site;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * The registration interview date: the first free slot, on a business day within the site's office hours, no
 * earlier than {@code leadBusinessDays} business days after registration, with the site's daily capacity.
 */
public final class RegistrationInterviewSlot {

    private RegistrationInterviewSlot() {
    }

    public static LocalDateTime next(BusinessCalendar calendar, OfficeHours hours, int slotMinutes, int dailyCapacity,
                                     LocalDate registeredOn, int leadBusinessDays, Map<LocalDate, Integer> bookedPerDay) {
        LocalDate earliest = leadBusinessDays == 0 ? calendar.businessDayOnOrAfter(registeredOn)
                : calendar.addBusinessDays(registeredOn, leadBusinessDays);
        return hours.nextFreeSlot(calendar, earliest.atStartOfDay(), Duration.ofMinutes(slotMinutes), dailyCapacity,
                day -> bookedPerDay.getOrDefault(day, 0));
    }
}
