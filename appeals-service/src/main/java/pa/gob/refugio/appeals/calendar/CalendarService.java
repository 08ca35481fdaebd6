package pa.gob.refugio.appeals.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;

/** Calendar administration: operators add decreed closures; anyone reads a year. */
@ApplicationScoped
public class CalendarService {

    private final ClosureRepository closures;
    private final AppealsCalendar calendar;
    private final Event<ClosureAdded> closureAdded;
    private final Clock clock;

    public CalendarService(ClosureRepository closures, AppealsCalendar calendar, Event<ClosureAdded> closureAdded,
                           Clock clock) {
        this.closures = closures;
        this.calendar = calendar;
        this.closureAdded = closureAdded;
        this.clock = clock;
    }

    /** Stores a closure; open windows it falls into are extended in the same transaction (see {@link ClosureAdded}). */
    @Transactional
    public CalendarView.ClosureView addClosure(Closure closure, String operator, Trace trace) {
        if (closures.count("date", closure.date()) > 0) {
            throw ProblemException.conflict("closure-exists", "Closure already recorded",
                    "A closure on " + closure.date() + " is already recorded").with("date", closure.date().toString());
        }
        closures.persist(new CalendarClosure(closure, operator, Instant.now(clock)));
        closures.flush();
        closureAdded.fire(new ClosureAdded(closure, trace));
        return view(closure);
    }

    @Transactional
    public CalendarView year(int year) {
        BusinessCalendar c = calendar.calendar();
        return new CalendarView(year, c.flagDayObserved(),
                c.holidaysOf(year).stream().map(h -> new CalendarView.HolidayView(h.date(), h.name(), h.englishName(),
                        h.movedFrom(), h.reason())).toList(),
                c.closures().stream().filter(cl -> cl.date().getYear() == year).map(CalendarService::view).toList());
    }

    private static CalendarView.ClosureView view(Closure c) {
        return new CalendarView.ClosureView(c.date(), c.reason(), c.legalSource(), c.describe());
    }

    /** A closure was stored (CDI event, synchronous, inside the storing transaction). */
    public record ClosureAdded(Closure closure, Trace trace) {
    }
}
