package pa.gob.refugio.documents.holder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** Records the particulars SNM prints on a member's documents, and reads them for printing. */
@ApplicationScoped
public class HolderService {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final EntityManager em;
    private final DocumentRepository documents;
    private final Clock clock;
    private final int photoMaxBytes;

    public HolderService(EntityManager em, DocumentRepository documents, Clock clock,
                         @ConfigProperty(name = "refugio.documents.holder.photo-max-bytes", defaultValue = "1048576")
                         int photoMaxBytes) {
        this.em = em;
        this.documents = documents;
        this.clock = clock;
        this.photoMaxBytes = photoMaxBytes;
    }

    /**
     * Records (or corrects) the particulars of the holder of document {@code documentNumber}: they belong to the
     * member and print on each of their documents. 404 for an unknown number; 422 for a photograph that is not the
     * JPEG or PNG it says, cannot be read, or is too large.
     */
    @Transactional
    public HolderView record(String documentNumber, HolderRequest request, String officer) {
        Document d = documents.findByNumber(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        byte[] photo = checkedPhoto(request.photoContentType(), request.photoBase64());
        DocumentHolder holder = em.find(DocumentHolder.class, d.memberId());
        if (holder == null) {
            holder = new DocumentHolder(d.memberId(), d.caseId());
            holder.record(request, photo, request.photoContentType(), officer, Instant.now(clock));
            em.persist(holder);
        } else {
            holder.record(request, photo, request.photoContentType(), officer, Instant.now(clock));
        }
        em.flush();
        return HolderView.of(d.documentNumber(), holder);
    }

    /** The particulars of a member, if SNM recorded them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentHolder> of(UUID memberId) {
        return Optional.ofNullable(em.find(DocumentHolder.class, memberId));
    }

    private byte[] checkedPhoto(String contentType, String base64) {
        byte[] photo;
        try {
            photo = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw photoRefused("photo-not-base64", "La fotografía no está en base64",
                    "The photograph is not in base64", "photoBase64 no es base64 válido (RFC 4648).",
                    "photoBase64 is not valid base64 (RFC 4648).");
        }
        if (photo.length > photoMaxBytes) {
            throw photoRefused("photo-too-large", "La fotografía es demasiado grande", "The photograph is too large",
                    "La fotografía tiene " + photo.length + " bytes; el máximo es " + photoMaxBytes + ".",
                    "The photograph has " + photo.length + " bytes; the maximum is " + photoMaxBytes + ".")
                    .with("maxBytes", String.valueOf(photoMaxBytes));
        }
        byte[] magic = "image/png".equals(contentType) ? PNG : JPEG;
        if (photo.length < magic.length || !Arrays.equals(magic, Arrays.copyOf(photo, magic.length))) {
            throw photoRefused("photo-type-mismatch", "La fotografía no es del tipo indicado",
                    "The photograph is not of the type stated",
                    "El contenido no es " + contentType + "; se admiten image/jpeg e image/png.",
                    "The content is not " + contentType + "; image/jpeg and image/png are accepted.");
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(photo)) == null) {
                throw new IOException("no reader");
            }
        } catch (IOException | RuntimeException e) {
            throw photoRefused("photo-unreadable", "La fotografía no se puede leer", "The photograph cannot be read",
                    "La imagen " + contentType + " está dañada o incompleta.",
                    "The " + contentType + " image is damaged or incomplete.");
        }
        return photo;
    }

    private static ProblemException photoRefused(String slug, String tituloEs, String titleEn, String detalleEs,
                                                 String detailEn) {
        return ProblemException.ruleViolated(slug, Texts.of(tituloEs, titleEn), Texts.of(detalleEs, detailEn))
                .with("field", "photoBase64");
    }
}
