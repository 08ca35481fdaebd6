package pa.gob.refugio.registration.timeline;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.function.Consumer;
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
import pa.gob.refugio.registration.partner.CaseLink;
import pa.gob.refugio.registration.progress.MemberStages;
import pa.gob.refugio.registration.progress.ProgressReadModel;

/**
 * Every service's events, for the case timelines; a final rejection (v1 or v2) or a recognition ends the procedure of
 * the members it concerns, and the case when no member remains. Each event also refreshes the read model of where the
 * case's members stand ({@link ProgressReadModel}), in the same inbox transaction.
 */
@ApplicationScoped
public class TimelineConsumer {

    static final String CONSUMER = "registration-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public TimelineConsumer(IncomingEvents incoming, Timeline timeline, ProgressReadModel progress,
                            Event<CaseLink.CaseMoved> partners) {
        this.incoming = incoming;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (Class<? extends DomainEvent> type : EventCatalog.all()) {
            if (!CalendarEvents.isCalendarEvent(type)) { // the calendar's events concern no case
                on(builder, type, timeline, progress, partners);
            }
        }
        this.handlers = builder
                .on(StatusRejected.class, andProgress(timeline::statusRejected, progress, partners))
                .on(ApplicationNotAdmittedV2.class,
                        andProgress(timeline::applicationNotAdmitted, progress, partners))
                .on(RejectionBecameFinal.class,
                        andProgress((RejectionBecameFinal e) -> timeline.rejectionBecameFinal(e), progress, partners))
                .on(RejectionBecameFinalV2.class,
                        andProgress((RejectionBecameFinalV2 e) -> timeline.rejectionBecameFinal(e), progress,
                                partners))
                .on(StatusRecognized.class, andProgress(timeline::statusRecognized, progress, partners))
                .on(FinalRejectionReversed.class,
                        andProgress(timeline::finalRejectionReversed, progress, partners))
                .build();
    }

    private static <E extends DomainEvent> void on(EventHandlers.Builder builder, Class<E> type, Timeline timeline,
                                                   ProgressReadModel progress, Event<CaseLink.CaseMoved> partners) {
        builder.on(type, andProgress(timeline::record, progress, partners));
    }

    /**
     * The timeline first, then the read model of the case's members: both in the inbox transaction. Events that move
     * no member's stage (certificates, documents, ...) leave the read model as the last refresh left it: recomputing
     * it gave the same rows, at a cost that grew with the case's timeline (MemberStages.movesStages). Then the
     * partner code is told the case moved ({@link CaseLink.CaseMoved}), still in the inbox transaction: it brings
     * the referrals that follow the case up to date and queues their webhooks (no poll).
     */
    private static <E extends DomainEvent> Consumer<E> andProgress(Consumer<E> handler, ProgressReadModel progress,
                                                                   Event<CaseLink.CaseMoved> partners) {
        return event -> {
            handler.accept(event);
            if (MemberStages.movesStages(event.metadata().type())) {
                progress.refresh(event.caseId());
            }
            if (event.caseId() != null) {
                partners.fire(new CaseLink.CaseMoved(event.caseId()));
            }
        };
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
