package pa.gob.refugio.appeals.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** The case summary as sent to the Ministry with an appeal (its JSON, unchanged once sent). */
@Entity
@Table(name = "case_summary")
public class StoredCaseSummary {

    @Id
    private UUID id;
    @Column(name = "appeal_id")
    private UUID appealId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Convert(converter = EncryptedText.class) // the summary states grounds and reasons: encrypted at rest
    private String content;

    protected StoredCaseSummary() {
    }

    public StoredCaseSummary(UUID appealId, UUID caseId, LocalDate sentOn, String content) {
        this.id = UUID.randomUUID();
        this.appealId = appealId;
        this.caseId = caseId;
        this.sentOn = sentOn;
        this.content = content;
    }

    public UUID id() {
        return id;
    }

    public UUID appealId() {
        return appealId;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public String content() {
        return content;
    }
}
