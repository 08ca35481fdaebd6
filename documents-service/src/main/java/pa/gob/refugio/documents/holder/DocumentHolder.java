package pa.gob.refugio.documents.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedBytes;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * The particulars SNM records of the person a document is issued to, to print them on it: names, date of birth,
 * nationality, sex and photograph. One row per member (the person, not the family), used by every document of theirs;
 * every value is encrypted at rest (service-kit crypto, bound to this table, column and member id). Nothing of it
 * leaves the service in an event.
 */
@Entity
@Table(name = "document_holder")
public class DocumentHolder {

    @Id
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "given_names")
    @Convert(converter = EncryptedText.class)
    private String givenNames;
    @Column(name = "family_names")
    @Convert(converter = EncryptedText.class)
    private String familyNames;
    @Column(name = "date_of_birth")
    @Convert(converter = EncryptedText.class)
    private String dateOfBirth;
    @Convert(converter = EncryptedText.class)
    private String nationality;
    @Convert(converter = EncryptedText.class)
    private String sex;
    @Convert(converter = EncryptedBytes.class)
    private byte[] photo;
    @Column(name = "photo_type")
    private String photoType;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected DocumentHolder() {
    }

    DocumentHolder(UUID memberId, UUID caseId) {
        this.memberId = memberId;
        this.caseId = caseId;
    }

    /** Records (or corrects) the particulars; the former values are replaced. */
    void record(HolderRequest request, byte[] photo, String photoType, String officer, Instant now) {
        this.givenNames = request.givenNames().strip();
        this.familyNames = request.familyNames().strip();
        this.dateOfBirth = request.dateOfBirth().toString();
        this.nationality = request.nationality();
        this.sex = request.sex().name();
        this.photo = photo.clone();
        this.photoType = photoType;
        this.recordedBy = officer;
        this.recordedAt = now;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyNames() {
        return familyNames;
    }

    public LocalDate dateOfBirth() {
        return LocalDate.parse(dateOfBirth);
    }

    public String nationality() {
        return nationality;
    }

    public HolderRequest.Sex sex() {
        return HolderRequest.Sex.valueOf(sex);
    }

    public byte[] photo() {
        return photo.clone();
    }

    public String photoType() {
        return photoType;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
