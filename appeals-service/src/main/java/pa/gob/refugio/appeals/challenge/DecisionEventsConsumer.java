package pa.gob.refugio.appeals.challenge;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.decision.ApplicationNotAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** decision-service's events (v1 and v2): negative resolutions notified open the reconsideration window. */
@ApplicationScoped
public class DecisionEventsConsumer {

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public DecisionEventsConsumer(IncomingEvents incoming, DecisionReactions reactions) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ResolutionNotified.class, reactions::onResolutionNotified)
                .on(StatusRejected.class, reactions::onStatusRejected)
                .on(ApplicationNotAdmitted.class, reactions::onApplicationNotAdmitted)
                .on(ResolutionNotifiedV2.class, reactions::onResolutionNotifiedV2)
                .on(ApplicationNotAdmittedV2.class, reactions::onApplicationNotAdmittedV2)
                .build();
    }

    @Incoming("decision-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process("appeals-service", record, handlers);
    }
}
