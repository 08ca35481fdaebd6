package pa.gob.refugio.registration.amendment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * One version of a member's identity data, as registered, corrected or added: never updated, never deleted, so the
 * old values stay readable to auditors. The identity data (JSON), the free-text reason and an evidence document's
 * number are encrypted at rest.
 */
@Entity
@Table(name = "member_version")
public class MemberVersion {

    /** How the version came about. */
    public enum Change { REGISTERED, CORRECTED, ADDED }

    @Id
    private UUID id;
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "application_id")
    private UUID applicationId;
    private int version;
    @Enumerated(EnumType.STRING)
    private Change change;
    @Column(name = "fields_changed")
    private String fieldsChanged;
    @Convert(converter = EncryptedText.class)
    private String identity;
    @Column(name = "reason_code")
    private String reasonCode;
    @Convert(converter = EncryptedText.class)
    private String reason;
    @Column(name = "evidence_file_kind")
    private String evidenceFileKind;
    @Column(name = "evidence_file_sha256")
    private String evidenceFileSha256;
    @Column(name = "evidence_document_type")
    private String evidenceDocumentType;
    @Convert(converter = EncryptedText.class)
    @Column(name = "evidence_document_number")
    private String evidenceDocumentNumber;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MemberVersion() {
    }

    MemberVersion(UUID memberId, UUID applicationId, int version, Change change, List<String> fieldsChanged,
                  String identityJson, String reasonCode, String reason, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.applicationId = applicationId;
        this.version = version;
        this.change = change;
        this.fieldsChanged = String.join(",", fieldsChanged);
        this.identity = identityJson;
        this.reasonCode = reasonCode;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    MemberVersion evidencedByFile(String kind, String sha256) {
        this.evidenceFileKind = kind;
        this.evidenceFileSha256 = sha256;
        return this;
    }

    MemberVersion evidencedByDocument(String type, String number) {
        this.evidenceDocumentType = type;
        this.evidenceDocumentNumber = number == null ? null : number.strip();
        return this;
    }

    public UUID memberId() {
        return memberId;
    }

    public int version() {
        return version;
    }

    public Change change() {
        return change;
    }

    public List<String> fieldsChanged() {
        return fieldsChanged == null || fieldsChanged.isEmpty() ? List.of() : Arrays.asList(fieldsChanged.split(","));
    }

    public String identityJson() {
        return identity;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String reason() {
        return reason;
    }

    public String evidenceFileKind() {
        return evidenceFileKind;
    }

    public String evidenceFileSha256() {
        return evidenceFileSha256;
    }

    public String evidenceDocumentType() {
        return evidenceDocumentType;
    }

    public String evidenceDocumentNumber() {
        return evidenceDocumentNumber;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
