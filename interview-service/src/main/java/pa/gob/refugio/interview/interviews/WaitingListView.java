package pa.gob.refugio.interview.interviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A site's waiting list as ONPAR and operations read it: how many cases wait, and one page of them in the order
 * they will be booked (position 1 is next), each with its priority group, why it waits and since when;
 * {@code bookedFromList}: how many cases of the site have left the list booked (every new case passes through it).
 */
public record WaitingListView(String site, long waiting, long bookedFromList, int page, int size, List<Item> items) {

    public record Item(int position, UUID caseId, String caseNumber, Priority priority, WaitingCase.Reason reason,
                       Instant since, Instant registeredAt, int interviewsNeeded) {
    }
}
