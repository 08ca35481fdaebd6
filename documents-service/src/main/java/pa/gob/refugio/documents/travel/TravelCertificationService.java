package pa.gob.refugio.documents.travel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.documents.TravelDocumentCertified;
import pa.gob.refugio.kit.audit.CaseScoped;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;

@ApplicationScoped
public class TravelCertificationService {

    private final TravelCertificationRepository certifications;
    private final DocumentRepository documents;
    private final Outbox outbox;
    private final Clock clock;

    public TravelCertificationService(TravelCertificationRepository certifications, DocumentRepository documents,
                                      Outbox outbox, Clock clock) {
        this.certifications = certifications;
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public TravelCertificationView certify(String documentNumber, String reference, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        Document document = documents.findByNumber(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        TravelCertification certification = TravelCertification.certify(document, today, officer, reference, now);
        certifications.persist(certification);
        outbox.publish(new TravelDocumentCertified(
                EventMetadata.create(TravelDocumentCertified.class, document.caseId(), trace, now),
                certification.id(), document.id(), document.documentNumber(), document.memberId(), today));
        return new TravelCertificationView(certification.id(), document.documentNumber(), document.caseId(),
                certification.certifiedOn(), certification.reference(), document.validUntil());
    }
}
