package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;

/**
 * What a reconsideration and an appeal have in common: filed at ONPAR within a window, against a decision, decided
 * once. Each keeps its own table (same column names) and its own status.
 */
@MappedSuperclass
public abstract class Challenge {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private ChallengeWindow window;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String grounds;
    @Column(name = "filed_by")
    private String filedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String reasons;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private long version;

    protected Challenge() {
    }

    /** Filed within {@code window}: the case, decision and last day are the window's. */
    protected Challenge(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        this.id = UUID.randomUUID();
        this.caseId = window.caseId();
        this.decisionId = window.decisionId();
        this.window = window;
        this.filedOn = filedOn;
        this.lastDay = window.lastDay();
        this.grounds = grounds;
        this.filedBy = officer;
    }

    /** Records the decision once the subclass's status accepted it. */
    protected void decided(String reasons, LocalDate decidedOn, String by) {
        this.reasons = reasons;
        this.decidedOn = decidedOn;
        this.decidedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public ChallengeWindow window() {
        return window;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reasons() {
        return reasons;
    }
}
