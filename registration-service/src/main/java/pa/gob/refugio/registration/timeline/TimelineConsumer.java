package pa.gob.refugio.registration.timeline;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.appeals.CalendarEvents;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/**
 * Every service's events, for the case timelines; a final rejection (v1 or v2) or a recognition ends the procedure of
 * the members it concerns, and the case when no member remains.
 */
@ApplicationScoped
public class TimelineConsumer {

    static final String CONSUMER = "registration-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public TimelineConsumer(IncomingEvents incoming, Timeline timeline) {
        this.incoming = incoming;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            if (!CalendarEvents.isCalendarEvent(type)) { // the calendar's events concern no case
                on(builder, type, timeline);
            }
        }
        this.handlers = builder
                .on(StatusRejected.class, timeline::statusRejected)
                .on(ApplicationNotAdmittedV2.class, timeline::applicationNotAdmitted)
                .on(RejectionBecameFinal.class, (RejectionBecameFinal e) -> timeline.rejectionBecameFinal(e))
                .on(RejectionBecameFinalV2.class, (RejectionBecameFinalV2 e) -> timeline.rejectionBecameFinal(e))
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
