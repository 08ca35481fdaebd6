package pa.gob.refugio.decision.consumers;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.decision.cases.ProcedureEvents;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.appeals.JudicialReviewDecided;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** appeals.events: a granted challenge leads to admission or recognition; a denial or a lapse makes it final. */
@ApplicationScoped
public class AppealsEventsConsumer {

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public AppealsEventsConsumer(IncomingEvents incoming, ProcedureEvents procedure) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ReconsiderationGranted.class, procedure::onReconsiderationGranted)
                .on(AppealGranted.class, procedure::onAppealGranted)
                .on(AppealDenied.class, procedure::onAppealDenied)
                .on(ChallengeWindowLapsed.class, procedure::onChallengeWindowLapsed)
                .on(ChallengeWindowLapsedV2.class, procedure::onChallengeWindowLapsedV2)
                .on(ChallengeWindowReinstated.class, procedure::onChallengeWindowReinstated)
                .on(JudicialReviewDecided.class, procedure::onJudicialReviewDecided).build();
    }

    @Incoming("appeals-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(RegistrationEventsConsumer.CONSUMER, record, handlers);
    }
}
