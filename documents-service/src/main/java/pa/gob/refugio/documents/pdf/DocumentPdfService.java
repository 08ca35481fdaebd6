package pa.gob.refugio.documents.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.documents.document.ValidityRules;
import pa.gob.refugio.documents.holder.DocumentHolder;
import pa.gob.refugio.documents.holder.HolderService;
import pa.gob.refugio.documents.verification.DocumentSigning;
import pa.gob.refugio.documents.workpermit.WorkPermitEligibility;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** Prints a provisional ID or refugee document in force, with its holder's particulars and the signed QR code. */
@ApplicationScoped
public class DocumentPdfService {

    private final DocumentRepository documents;
    private final HolderService holders;
    private final DocumentSigning signing;
    private final WorkPermitEligibility eligibility;
    private final Clock clock;

    public DocumentPdfService(DocumentRepository documents, HolderService holders, DocumentSigning signing,
                              WorkPermitEligibility eligibility, Clock clock) {
        this.documents = documents;
        this.holders = holders;
        this.signing = signing;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /**
     * The PDF of document {@code documentNumber}: 404 for an unknown number; 409 for a revoked or superseded
     * document (it is no longer the holder's); 422 for an expired one (naming its last day) or while SNM has not
     * recorded the holder's particulars (PUT .../holder).
     */
    @Transactional
    public PrintedPdf print(String documentNumber) {
        Document d = documents.findByNumber(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        LocalDate today = LocalDate.now(clock);
        DocumentStatus status = ValidityRules.publicStatus(d.storedStatus(), d.validUntil(), today);
        if (status == DocumentStatus.REVOKED || status == DocumentStatus.SUPERSEDED) {
            String estado = status == DocumentStatus.REVOKED ? "revocado" : "sustituido por otro documento";
            String state = status == DocumentStatus.REVOKED ? "revoked" : "superseded by another document";
            throw ProblemException.conflict("document-not-printable",
                    Texts.of("El documento no se puede imprimir", "The document cannot be printed"),
                    Texts.of("El documento " + d.documentNumber() + " está " + estado + ": ya no es el documento"
                                    + " vigente de su titular.",
                            "Document " + d.documentNumber() + " is " + state + ": it is no longer its holder's"
                                    + " document in force."))
                    .with("documentNumber", d.documentNumber()).with("status", status.name());
        }
        if (status == DocumentStatus.EXPIRED) {
            throw ProblemException.ruleViolated("document-expired",
                    Texts.of("El documento venció", "The document has expired"),
                    Texts.of("El documento " + d.documentNumber() + " fue válido hasta el " + d.validUntil()
                                    + " inclusive; solo se imprime un documento vigente (renuévelo primero).",
                            "Document " + d.documentNumber() + " was valid through " + d.validUntil()
                                    + "; only a document in force is printed (renew it first)."))
                    .with("documentNumber", d.documentNumber()).with("deadline", d.validUntil().toString());
        }
        DocumentHolder holder = holders.of(d.memberId()).orElseThrow(() -> ProblemException.ruleViolated(
                "holder-particulars-missing",
                Texts.of("Faltan los datos del titular", "The holder's particulars are missing"),
                Texts.of("Registre los datos y la fotografía del titular (PUT /api/v1/documents/"
                                + d.documentNumber() + "/holder) antes de imprimir el documento.",
                        "Record the holder's particulars and photograph (PUT /api/v1/documents/"
                                + d.documentNumber() + "/holder) before printing the document."))
                .with("documentNumber", d.documentNumber()));
        String seal = signing.sealOf(d.documentNumber(), d.kind(), d.validFrom(), d.validUntil());
        byte[] pdf = DocumentPdf.render(new DocumentPdf.Card(d.kind(), d.documentNumber(), holder.givenNames(),
                holder.familyNames(), holder.dateOfBirth(), holder.nationality(), holder.sex().name(), d.validFrom(),
                d.validUntil(), eligibility.eligibleOn(d, today), signing.qrTextOf(seal), holder.photo()));
        return new PrintedPdf(d.caseId(), d.documentNumber() + ".pdf", pdf);
    }
}
