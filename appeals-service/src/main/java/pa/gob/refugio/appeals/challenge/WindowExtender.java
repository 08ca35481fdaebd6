package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import pa.gob.refugio.appeals.calendar.AppealsCalendar;
import pa.gob.refugio.appeals.calendar.CalendarService.ClosureAdded;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.appeals.ChallengeWindowExtended;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/**
 * A closure decreed while a window is open moves its last day; recounted in the closure's own transaction, on the
 * calendar of the case's intake site (a closure for Balboa extends only the windows of cases registered at Balboa).
 */
@ApplicationScoped
public class WindowExtender {

    private final WindowRepository windows;
    private final AppealsCalendar calendar;
    private final CaseEvents events;
    private final Clock clock;

    public WindowExtender(WindowRepository windows, AppealsCalendar calendar, CaseEvents events, Clock clock) {
        this.windows = windows;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    void onClosure(@Observes ClosureAdded added) {
        for (ChallengeWindow w : windows.openAround(added.closure().date())) {
            Deadlines deadlines = calendar.deadlinesForCase(w.caseId()); // a site closure moves only its sites' windows
            Deadline d = ChallengeSupport.deadlineOf(deadlines, w);
            var previous = w.lastDay();
            if (w.extendTo(d.lastDay())) {
                events.publish(new ChallengeWindowExtended(
                                EventMetadata.create(ChallengeWindowExtended.class, w.caseId(), added.trace(),
                                        Instant.now(clock)),
                                w.decisionId(), w.kind().asEventWindow(), previous, d.lastDay(), added.closure().date()),
                        w.decisionId(), added.closure().date(), "The " + w.kind().label() + " window now ends on "
                                + d.lastDay() + " (closure: " + added.closure().describe() + ")");
            }
        }
    }
}
