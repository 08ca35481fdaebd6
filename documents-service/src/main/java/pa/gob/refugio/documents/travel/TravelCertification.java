package pa.gob.refugio.documents.travel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** ONPAR's certification that a recognised refugee may be issued a travel document by the passport authority. */
@Entity
@Table(name = "travel_certification")
public class TravelCertification {

    @Id
    private UUID id;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "certified_on")
    private LocalDate certifiedOn;
    @Column(name = "certified_by")
    private String certifiedBy;
    private String reference;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TravelCertification() {
    }

    /** Only the holder of a valid refugee document (or one kept valid by a pending renewal) can be certified. */
    static TravelCertification certify(Document document, LocalDate today, String officer, String reference,
                                       Instant now) {
        if (document.kind() != DocumentKind.REFUGEE_DOCUMENT) {
            throw ProblemException.conflict("not-a-refugee-document",
                    Texts.of("No es un carné de refugiado", "Not a refugee document"),
                    Texts.of("El documento " + document.documentNumber() + " es de tipo " + document.kind()
                                    + "; los documentos de viaje se certifican solo para refugiados reconocidos",
                            "Document " + document.documentNumber() + " is a " + document.kind()
                                    + "; travel documents are certified for recognised refugees only"));
        }
        if (!document.inForceOn(today)) {
            throw ProblemException.illegalTransition("Refugee document " + document.documentNumber(),
                    document.statusOn(today), "certified for a travel document");
        }
        TravelCertification c = new TravelCertification();
        c.id = UUID.randomUUID();
        c.documentId = document.id();
        c.certifiedOn = today;
        c.certifiedBy = officer;
        c.reference = reference == null || reference.isBlank() ? null : reference.strip();
        c.recordedAt = now;
        return c;
    }

    public UUID id() {
        return id;
    }

    public LocalDate certifiedOn() {
        return certifiedOn;
    }

    public String reference() {
        return reference;
    }
}
