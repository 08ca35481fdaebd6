package pa.gob.refugio.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.testing.TestEvents;

/** Publishes real CloudEvents records to the test broker, as another service's outbox relay would. */
public final class Publish {

    public static final ZoneId PANAMA = ZoneId.of("America/Panama");

    public static LocalDate today() {
        return LocalDate.now(PANAMA);
    }

    /** A resolution of {@code kind} notified on {@code notifiedOn}, as decision-service publishes it. */
    public static ResolutionNotified notified(UUID caseId, UUID decisionId, ResolutionKind kind, LocalDate notifiedOn) {
        return new ResolutionNotified(EventMetadata.create(ResolutionNotified.class, caseId, Trace.start(),
                Instant.now()), decisionId, kind, notifiedOn, "IN_PERSON");
    }

    /** Sends the event to its topic, keyed by case, with CloudEvents headers; waits for the broker's ack. */
    public static void event(DomainEvent event) {
        TestEvents.publish(event);
    }

    private Publish() {
    }
}
