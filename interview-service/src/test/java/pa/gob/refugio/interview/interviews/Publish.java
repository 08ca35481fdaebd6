package pa.gob.refugio.interview.interviews;

import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.testing.TestEvents;

/** Publishes records to the test JVM's real broker, as another service's outbox relay would. */
final class Publish {

    /** The event as a CloudEvent, keyed by its case id, on its owner's topic. */
    static void event(DomainEvent event) {
        event(event, event.caseId().toString());
    }

    /** The event with another key: records with the same key are consumed in order (one partition). */
    static void event(DomainEvent event, String key) {
        TestEvents.publish(event, key);
    }

    /** Any value with the given headers (for poison records). */
    static void raw(String topic, String key, String ceType, String ceId, String value) {
        TestEvents.publishRaw(topic, key, ceType, ceId, value);
    }

    private Publish() {
    }
}
