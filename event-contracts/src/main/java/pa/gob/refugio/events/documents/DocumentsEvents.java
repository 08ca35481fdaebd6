package pa.gob.refugio.events.documents;

import java.util.List;
import pa.gob.refugio.events.DomainEvent;

/** Every event documents-service publishes on its topic; add a new event here (and to docs/events.md). */
public final class DocumentsEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ProvisionalIdIssued.class, RefugeeDocumentIssued.class, DocumentSuperseded.class, DocumentRevoked.class,
            DocumentRenewalRequested.class, DocumentRenewed.class, DocumentRenewalRefused.class,
            DocumentValidityExtended.class, TravelDocumentCertified.class,
            DocumentReinstated.class,
            WorkPermitRecorded.class, WorkPermitEnded.class);

    private DocumentsEvents() {
    }
}
