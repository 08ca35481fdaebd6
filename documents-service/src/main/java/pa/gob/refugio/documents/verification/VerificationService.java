package pa.gob.refugio.documents.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.documents.document.ValidityRules;
import pa.gob.refugio.kit.problem.ProblemException;

/** Public verification by the QR code's token, and the token SNM prints. */
@ApplicationScoped
public class VerificationService {

    private final DocumentRepository documents;
    private final DocumentSigning signing;
    private final Clock clock;

    public VerificationService(DocumentRepository documents, DocumentSigning signing, Clock clock) {
        this.documents = documents;
        this.signing = signing;
        this.clock = clock;
    }

    /**
     * Valid (with kind and last day) only for a genuine token of a document in force today (a pending renewal keeps
     * it in force); the one same "not valid" for everything else. A token whose signature fails never reaches the
     * database.
     */
    @Transactional
    public VerificationView verify(String token) {
        LocalDate today = LocalDate.now(clock);
        return signing.documentNumberOf(token).flatMap(documents::findByNumber)
                .filter(d -> ValidityRules.publicStatus(d.storedStatus(), d.validUntil(), today)
                        == DocumentStatus.VALID && !today.isBefore(d.validFrom()))
                .map(d -> VerificationView.valid(d.kind(), d.validUntil()))
                .orElse(VerificationView.NOT_VALID);
    }

    /** The token and QR content of a document, for printing; 404 for an unknown number. */
    @Transactional
    public VerificationTokenView tokenOf(String documentNumber) {
        Document d = documents.findByNumber(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        String token = signing.tokenOf(d.documentNumber());
        return new VerificationTokenView(d.id(), d.documentNumber(), d.caseId(), d.memberId(), d.kind(),
                d.validUntil(), signing.activeKeyId(), token, signing.qrTextOf(token));
    }
}
