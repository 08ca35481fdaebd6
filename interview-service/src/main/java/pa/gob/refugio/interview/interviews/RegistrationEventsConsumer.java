package pa.gob.refugio.interview.interviews;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/**
 * Registration's events: a registered family gets its interviews; members who withdraw or leave (v1: all of them, v2:
 * those listed) lose their open interviews, the others keep theirs.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    public static final String CONSUMER = "interview-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(IncomingEvents incoming, InterviewService interviews) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationRegistered.class, interviews::openCase)
                .on(ApplicationWithdrawn.class, (ApplicationWithdrawn e) -> interviews.withdraw(e))
                .on(ApplicationAbandoned.class, (ApplicationAbandoned e) -> interviews.abandon(e))
                .on(ApplicationWithdrawnV2.class, (ApplicationWithdrawnV2 e) -> interviews.withdraw(e))
                .on(ApplicationAbandonedV2.class, (ApplicationAbandonedV2 e) -> interviews.abandon(e))
                .on(MemberAdded.class, interviews::memberAdded)
                .build();
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }
}
