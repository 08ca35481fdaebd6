package pa.gob.refugio.decision.consumers;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.decision.cases.ProcedureEvents;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** interview.events: when every adult is interviewed, the case is ready for admissibility; an extension waits. */
@ApplicationScoped
public class InterviewEventsConsumer {

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public InterviewEventsConsumer(IncomingEvents incoming, ProcedureEvents procedure) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(CaseReadyForDecision.class, procedure::onCaseReadyForDecision)
                .on(ExtensionInterviewCalled.class, procedure::onExtensionInterviewCalled).build();
    }

    @Incoming("interview-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(RegistrationEventsConsumer.CONSUMER, record, handlers);
    }
}
