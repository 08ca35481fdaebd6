package pa.gob.refugio.registration.file;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import pa.gob.refugio.registration.file.UploadRules.FileKind;
import pa.gob.refugio.kit.crypto.EncryptedBytes;

/** A file uploaded for one member (photograph or copy of the identity document), stored with its SHA-256. */
@Entity
@Table(name = "member_file")
public class MemberFile {

    @Embeddable
    public static class FileId implements Serializable {
        @Column(name = "member_id")
        private UUID memberId;
        @Enumerated(EnumType.STRING)
        private FileKind kind;

        protected FileId() {
        }

        public FileId(UUID memberId, FileKind kind) {
            this.memberId = memberId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FileId other && memberId.equals(other.memberId) && kind == other.kind;
        }

        @Override
        public int hashCode() {
            return memberId.hashCode() * 31 + kind.hashCode();
        }
    }

    @EmbeddedId
    private FileId id;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Convert(converter = EncryptedBytes.class) // photographs and identity-document copies: encrypted at rest
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected MemberFile() {
    }

    MemberFile(UUID memberId, FileKind kind) {
        this.id = new FileId(memberId, kind);
    }

    /** Replaces the content (a new photo supersedes the old one). */
    void store(String contentType, byte[] content, String officer, Instant now) {
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = UploadRules.sha256(content);
        this.uploadedBy = officer;
        this.uploadedAt = now;
    }

    public FileKind kind() {
        return id.kind;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
