package pa.gob.refugio.documents.consumer;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.documents.document.DocumentReinstatements;
import pa.gob.refugio.documents.document.DocumentService;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.StatusEndBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/**
 * Admission issues provisional IDs, recognition refugee documents, a final rejection revokes the provisional IDs of
 * the members it concerns (v2: listed; v1: the rejection's members from StatusRejected, else the whole case); a final
 * rejection reversed (a lapse undone) reinstates them. The end of a status, once final, revokes the members'
 * refugee documents (only theirs); a judicial annulment (CaseReopened) reinstates what that finality revoked.
 */
@ApplicationScoped
public class DecisionEventsConsumer {

    public static final String CONSUMER = "documents-service";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public DecisionEventsConsumer(IncomingEvents incoming, DocumentService documents,
                                  DocumentReinstatements reinstatements) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder()
                .on(ApplicationAdmitted.class, documents::issueProvisionalIds)
                .on(StatusRecognized.class, documents::issueRefugeeDocuments)
                .on(StatusRejected.class, documents::rememberRejectedMembers)
                .on(RejectionBecameFinal.class, (RejectionBecameFinal e) -> documents.revokeOnFinalRejection(e))
                .on(RejectionBecameFinalV2.class, (RejectionBecameFinalV2 e) -> documents.revokeOnFinalRejection(e))
                .on(FinalRejectionReversed.class, reinstatements::onFinalRejectionReversed)
                .on(StatusEndBecameFinal.class, documents::revokeOnFinalStatusEnd)
                .on(CaseReopened.class, reinstatements::onCaseReopened)
                .build();
    }

    @Incoming("decision-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }
}
