package pa.gob.refugio.documents.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.documents.document.DocumentService;
import pa.gob.refugio.documents.workpermit.WorkPermitService;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.documents.amendment.Reissues;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/** A registration tells each member's working age (adult flag, for work permits); a withdrawal or an abandonment (departure) revokes the provisional IDs of the members listed (v2) or of the whole case (v1). */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(IncomingEvents incoming, DocumentService documents,
                                      WorkPermitService workPermits, Reissues reissues) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationRegistered.class, (ApplicationRegistered e) -> workPermits.learnWorkingAge(e))
                .on(ApplicationWithdrawn.class, (ApplicationWithdrawn e) -> documents.revokeOnWithdrawal(e))
                .on(ApplicationAbandoned.class, (ApplicationAbandoned e) -> documents.revokeOnAbandonment(e))
                .on(ApplicationWithdrawnV2.class, (ApplicationWithdrawnV2 e) -> documents.revokeOnWithdrawal(e))
                .on(ApplicationAbandonedV2.class, (ApplicationAbandonedV2 e) -> documents.revokeOnAbandonment(e))
                .on(MemberAdded.class, (MemberAdded e) -> {
                    workPermits.learnWorkingAge(e);
                    documents.issueToAddedMember(e);
                })
                .on(MemberDataCorrected.class, reissues::onCorrection)
                .build();
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(DecisionEventsConsumer.CONSUMER, record, handlers);
    }
}
