package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** A reconsideration filed at ONPAR, addressed to CONARE: FILED → GRANTED | CONFIRMED. */
@Entity
@Table(name = "reconsideration")
public class Reconsideration {

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
    @Enumerated(EnumType.STRING)
    private ReconsiderationStatus status;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String reasons;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private long version;

    protected Reconsideration() {
    }

    static Reconsideration file(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        Reconsideration r = new Reconsideration();
        r.id = UUID.randomUUID();
        r.caseId = window.caseId();
        r.decisionId = window.decisionId();
        r.window = window;
        r.filedOn = filedOn;
        r.lastDay = window.lastDay();
        r.grounds = grounds;
        r.filedBy = officer;
        r.status = ReconsiderationStatus.FILED;
        return r;
    }

    void decide(ReconsiderationStatus.Outcome outcome, String reasons, LocalDate decidedOn, String member) {
        this.status = status.decide(outcome);
        this.reasons = reasons;
        this.decidedOn = decidedOn;
        this.decidedBy = member;
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

    public ReconsiderationStatus status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reasons() {
        return reasons;
    }
}
