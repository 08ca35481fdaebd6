package pa.gob.refugio.decision.consumers;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.decision.cases.ProcedureEvents;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** registration.events: a registration opens a case; a withdrawal or an abandonment (v1: every member, v2: the members listed) ends those members' procedure. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    public static final String CONSUMER = "decision-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(IncomingEvents incoming, ProcedureEvents procedure) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationRegistered.class, procedure::onApplicationRegistered)
                .on(ApplicationWithdrawn.class, procedure::onApplicationWithdrawn)
                .on(ApplicationAbandoned.class, procedure::onApplicationAbandoned)
                .on(ApplicationWithdrawnV2.class, procedure::onApplicationWithdrawnV2)
                .on(ApplicationAbandonedV2.class, procedure::onApplicationAbandonedV2)
                .on(MemberAdded.class, procedure::onMemberAdded).build();
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }
}
