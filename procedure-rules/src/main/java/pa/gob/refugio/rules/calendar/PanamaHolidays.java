package pa.gob.refugio.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The national holidays of Panama (Labour Code arts. 46–47), computed per year.
 * <p>
 * Fixed-date holidays falling on a Sunday are observed on the Monday. Two holidays may then share a
 * date (e.g. 3 November on a Sunday is observed on Monday 4 November, Flag Day); both are listed.
 */
public final class PanamaHolidays {

    /** 20 December (Día de Duelo Nacional) is a national holiday from this year on. */
    public static final int NATIONAL_MOURNING_DAY_SINCE = 2022;

    private record Fixed(MonthDay day, String name, String englishName) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed(MonthDay.of(1, 1), "Año Nuevo", "New Year's Day"),
            new Fixed(MonthDay.of(1, 9), "Día de los Mártires", "Martyrs' Day"),
            new Fixed(MonthDay.of(5, 1), "Día del Trabajo", "Labour Day"),
            new Fixed(MonthDay.of(11, 3), "Separación de Panamá de Colombia", "Separation from Colombia"),
            new Fixed(MonthDay.of(11, 5), "Consolidación de la Separación (Colón)", "Colón Day"),
            new Fixed(MonthDay.of(11, 10), "Primer Grito de Independencia de La Villa de Los Santos",
                    "First Cry of Independence"),
            new Fixed(MonthDay.of(11, 28), "Independencia de Panamá de España", "Independence from Spain"),
            new Fixed(MonthDay.of(12, 8), "Día de las Madres", "Mothers' Day"),
            new Fixed(MonthDay.of(12, 25), "Navidad", "Christmas Day"));

    private static final Fixed FLAG_DAY = new Fixed(MonthDay.of(11, 4), "Día de la Bandera", "Flag Day");
    private static final Fixed NATIONAL_MOURNING =
            new Fixed(MonthDay.of(12, 20), "Día de Duelo Nacional", "National Day of Mourning");

    private PanamaHolidays() {
    }

    /**
     * @param year            the year
     * @param flagDayObserved whether 4 November (Día de la Bandera) counts as a holiday
     * @return the holidays of that year, sorted by observed date
     */
    public static List<Holiday> of(int year, boolean flagDayObserved) {
        List<Fixed> fixed = new ArrayList<>(FIXED);
        if (flagDayObserved) {
            fixed.add(FLAG_DAY);
        }
        if (year >= NATIONAL_MOURNING_DAY_SINCE) {
            fixed.add(NATIONAL_MOURNING);
        }
        List<Holiday> holidays = new ArrayList<>();
        for (Fixed f : fixed) {
            LocalDate date = f.day().atYear(year);
            holidays.add(date.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? new Holiday(date.plusDays(1), f.name(), f.englishName(), date)
                    : Holiday.on(date, f.name(), f.englishName()));
        }
        holidays.add(Holiday.on(Easter.carnivalTuesday(year), "Martes de Carnaval", "Carnival Tuesday"));
        holidays.add(Holiday.on(Easter.goodFriday(year), "Viernes Santo", "Good Friday"));
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }
}
