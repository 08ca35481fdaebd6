package pa.gob.refugio.interview.interviews;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** Registration's events: a registered family gets its interviews; a case that ends loses its open ones. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    public static final String CONSUMER = "interview-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(IncomingEvents incoming, InterviewService interviews) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationRegistered.class, interviews::openCase)
                .on(ApplicationWithdrawn.class, interviews::withdraw)
                .on(ApplicationAbandoned.class, interviews::abandon)
                .build();
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }
}
