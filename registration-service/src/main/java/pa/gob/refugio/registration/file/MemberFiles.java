package pa.gob.refugio.registration.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.file.MemberFile.FileId;
import pa.gob.refugio.registration.file.UploadRules.FileKind;

/** Uploads of photographs and identity-document copies, checked by content and size. */
@ApplicationScoped
public class MemberFiles {

    private final EntityManager em;
    private final Clock clock;
    private final long maxBytes;

    public MemberFiles(EntityManager em, Clock clock,
                       @ConfigProperty(name = "refugio.registration.max-upload-bytes", defaultValue = "5242880")
                       long maxBytes) {
        this.em = em;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public StoredFile upload(UUID caseId, UUID memberId, FileKind kind, byte[] content, String officer) {
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.application().id().equals(caseId)) {
            throw ProblemException.notFound("Member", memberId).with("caseId", caseId.toString());
        }
        byte[] bytes = content == null ? new byte[0] : content;
        if (UploadRules.tooLarge(bytes, maxBytes)) {
            throw ProblemException.of(413, "file-too-large", Texts.of("Archivo demasiado grande", "File too large"),
                    Texts.of("El archivo tiene " + bytes.length + " bytes; el límite es " + maxBytes,
                            "The file has " + bytes.length + " bytes; the limit is " + maxBytes)).with("maxBytes", maxBytes);
        }
        String type = UploadRules.acceptedType(kind, bytes).orElseThrow(() -> ProblemException.of(415,
                "unsupported-file-type", Texts.of("Tipo de archivo no admitido", "Unsupported file type"),
                Texts.of("Un archivo de tipo " + kind.name() + " debe ser uno de " + kind.allowed()
                                + " (comprobado por su contenido)",
                        "A " + kind.name().toLowerCase().replace('_', ' ') + " must be one of " + kind.allowed()
                                + " (checked by content)"))
                .with("allowed", kind.allowed().stream().sorted().toList()));
        MemberFile existing = em.find(MemberFile.class, new FileId(memberId, kind));
        MemberFile file = existing != null ? existing : new MemberFile(memberId, kind);
        file.store(type, bytes, officer, Instant.now(clock));
        if (existing == null) {
            em.persist(file);
        }
        return new StoredFile(memberId, kind, type, file.sizeBytes(), file.sha256(), file.uploadedAt());
    }

    /** The file, if uploaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MemberFile> find(UUID memberId, FileKind kind) {
        return Optional.ofNullable(em.find(MemberFile.class, new FileId(memberId, kind)));
    }

    public record StoredFile(UUID memberId, FileKind kind, String contentType, long sizeBytes, String sha256,
                             Instant uploadedAt) {
    }
}
