package pa.gob.refugio.documents.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.documents.document.DocumentService;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** A withdrawal or an abandonment (departure) ends the case: its provisional IDs are revoked. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(IncomingEvents incoming, DocumentService documents) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationWithdrawn.class, documents::revokeOnWithdrawal)
                .on(ApplicationAbandoned.class, documents::revokeOnAbandonment)
                .build();
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(DecisionEventsConsumer.CONSUMER, record, handlers);
    }
}
