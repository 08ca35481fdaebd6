package pa.gob.refugio.interview.interviews;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * The order of a site's waiting list: priority first ({@link Priority}: children alone, then specific needs, then
 * the rest), then the earlier registration, then the case id (a stable tie-break). Plain Java.
 */
public final class WaitingOrder {

    /** One waiting case as the order sees it. */
    public record Entry(UUID caseId, Priority priority, Instant registeredAt) {
    }

    public static final Comparator<Entry> FIRST_SERVED_FIRST = Comparator
            .comparingInt((Entry e) -> e.priority().rank())
            .thenComparing(Entry::registeredAt)
            .thenComparing(Entry::caseId);

    private WaitingOrder() {
    }
}
