package pa.gob.refugio.interview.interviews;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * What was recorded when an interview was held. The summary is the applicant's account: it stays in this service
 * and never travels in an event, and is stored encrypted (AES-256-GCM, service-kit's {@link EncryptedText}).
 */
@Embeddable
public class InterviewRecord {

    private String interviewer;
    @Column(name = "interpreter_language")
    private String interpreterLanguage;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Convert(converter = EncryptedText.class)
    private String summary;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    /** Who accompanied a child at a child-appropriate interview (a person's name: encrypted at rest). */
    @Column(name = "guardian")
    @Convert(converter = EncryptedText.class)
    private String guardianOrLegalRepresentative;

    protected InterviewRecord() {
    }

    InterviewRecord(String interviewer, String interpreterLanguage, int durationMinutes, String summary,
                    Instant completedAt, String recordedBy) {
        this(interviewer, interpreterLanguage, durationMinutes, summary, completedAt, recordedBy, null);
    }

    InterviewRecord(String interviewer, String interpreterLanguage, int durationMinutes, String summary,
                    Instant completedAt, String recordedBy, String guardianOrLegalRepresentative) {
        this.guardianOrLegalRepresentative = guardianOrLegalRepresentative;
        this.interviewer = interviewer;
        this.interpreterLanguage = interpreterLanguage;
        this.durationMinutes = durationMinutes;
        this.summary = summary;
        this.completedAt = completedAt;
        this.recordedBy = recordedBy;
    }

    public String interviewer() {
        return interviewer;
    }

    public String interpreterLanguage() {
        return interpreterLanguage;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public String summary() {
        return summary;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String guardianOrLegalRepresentative() {
        return guardianOrLegalRepresentative;
    }
}
