package pa.gob.refugio.registration.timeline;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** Every service's events, for the case timelines; a final rejection or a full recognition concludes the case. */
@ApplicationScoped
public class TimelineConsumer {

    static final String CONSUMER = "registration-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public TimelineConsumer(IncomingEvents incoming, Timeline timeline) {
        this.incoming = incoming;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            on(builder, type, timeline);
        }
        this.handlers = builder
                .on(RejectionBecameFinal.class, timeline::rejectionBecameFinal)
                .on(StatusRecognized.class, timeline::statusRecognized)
                .on(FinalRejectionReversed.class, timeline::finalRejectionReversed)
                .build();
    }

    private static <E extends DomainEvent> void on(EventHandlers.Builder builder, Class<E> type, Timeline timeline) {
        builder.on(type, timeline::record);
    }

    @Incoming("registration-events")
    @Blocking
    public void registration(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }

    @Incoming("interview-events")
    @Blocking
    public void interview(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }

    @Incoming("decision-events")
    @Blocking
    public void decision(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }

    @Incoming("documents-events")
    @Blocking
    public void documents(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }

    @Incoming("appeals-events")
    @Blocking
    public void appeals(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }
}
