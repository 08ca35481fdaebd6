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
 * <b>Sources</b> (checked November 2026):
 * <ul>
 *   <li>Código de Trabajo (Decreto de Gabinete 252 de 1971), art. 46 as amended by Ley 28 de 4 de mayo de 2015
 *       (Gaceta Oficial 27772-A) and Ley 291 de 31 de marzo de 2022 (Gaceta Oficial 29507-B), consolidated text at
 *       https://www.juridicapanama.com/articles/7402. Days of rest by <i>fiesta nacional</i>: 1 January, Carnival
 *       Tuesday, 1 May, 3 and 5 November, 10 and 28 November, 8 and 25 December, and the day the President-elect
 *       takes office (1 July, every five years: 2019, 2024, 2029, …). By <i>duelo nacional</i>: 9 January, Good
 *       Friday, 20 December (added by Ley 291 de 2022; first observed 2022). By <i>duelo</i>, 8 July in the
 *       district of Changuinola (Bocas del Toro) only: no intake site is there; record it as a site closure if one
 *       ever is.</li>
 *   <li>Art. 47: a holiday fixed by law that falls on a Sunday is observed on the Monday after.</li>
 *   <li>Independent published tables: the official 2026 calendar as published by La Estrella de Panamá
 *       (https://www.laestrella.com.pa/panama/nacional/calendario-oficial-de-dias-festivos-en-panama-para-2026-NM18273259:
 *       12 national holidays, Carnival Tuesday 17 February, Good Friday 3 April, no 4 November), orain.it's 2026
 *       table (13 entries including "National Mourning Day (observed)", Monday 21 December 2026), Newsroom Panama's
 *       December 2024 calendar (8 December on a Sunday, observed Monday 9 December 2024), and BDS Asesores on
 *       20 December (Ley 291 de 2022).</li>
 *   <li>4 November (Día de la Bandera / de los Símbolos Patrios) is <b>not</b> in art. 46: tables list it as a
 *       local holiday or observance, while the Executive closes public offices on it by decree (e.g. the 2022
 *       decree closing public offices on Friday 4 November, which also closed them from 1 pm on 2 November). Public
 *       offices being what counts here, it is an option ({@link BusinessCalendar#flagDayObserved()}), on by
 *       default; switch it off and record the decree as a closure when a year's decree differs.</li>
 * </ul>
 * Two holidays may share a date after a Sunday move (e.g. 3 November on a Sunday is observed on Monday
 * 4 November, Flag Day); both are listed.
 */
public final class PanamaHolidays {

    /** 20 December (Día de Duelo Nacional) is a national holiday from this year on. */
    public static final int NATIONAL_MOURNING_DAY_SINCE = 2022;

    /** A President-elect takes office on 1 July of this year and every five years from it (five-year terms). */
    public static final int INAUGURATION_YEAR = 2024;

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

    private static final Fixed INAUGURATION = new Fixed(MonthDay.of(7, 1),
            "Toma de posesión del Presidente de la República", "Presidential inauguration");

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
        if (Math.floorMod(year - INAUGURATION_YEAR, 5) == 0) {
            fixed.add(INAUGURATION);
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
