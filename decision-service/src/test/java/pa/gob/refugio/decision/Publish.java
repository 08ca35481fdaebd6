package pa.gob.refugio.decision;

import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.testing.TestEvents;

/** Puts a real CloudEvents record on the test broker, as the owning service's relay would. */
public final class Publish {

    /** Publishes {@code event} on its topic, keyed by its case id; waits for the broker's acknowledgement. */
    public static <E extends DomainEvent> E event(E event) {
        return TestEvents.publish(event);
    }

    private Publish() {
    }
}
