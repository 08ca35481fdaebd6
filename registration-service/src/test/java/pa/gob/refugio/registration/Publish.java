package pa.gob.refugio.registration;

import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.testing.TestEvents;

/** Publishes a real CloudEvents record to the test broker, as another service's outbox relay would. */
final class Publish {

    private Publish() {
    }

    static void event(DomainEvent event) {
        TestEvents.publish(event);
    }
}
