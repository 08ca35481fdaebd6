package pa.gob.refugio.events.interview;

import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * No interview slot was free at the intake site within the booking horizon: the case waits on the site's waiting
 * list (business state, not a failure) and is booked, in priority order, as soon as capacity allows; then
 * {@code InterviewScheduled} follows for each interview. No personal data: the site, the priority group and how
 * many interviews the case needs.
 */
@EventType(name = "CaseWaitlisted", topic = Topics.INTERVIEW)
public record CaseWaitlisted(EventMetadata metadata, String site, Priority priority, int interviewsNeeded,
                             Reason reason) implements DomainEvent {

    /** Served in this order: children alone, then specific needs, then by registration time. */
    public enum Priority { CHILD_ALONE, SPECIFIC_NEEDS, STANDARD }

    public enum Reason { NO_FREE_SLOT }
}
