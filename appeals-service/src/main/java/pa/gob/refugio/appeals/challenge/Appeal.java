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
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** An appeal filed at ONPAR, addressed to the Minister of Government: FILED → GRANTED | DENIED. */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private ChallengeWindow window;
    @Column(name = "reconsideration_id")
    private UUID reconsiderationId;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String grounds;
    @Column(name = "filed_by")
    private String filedBy;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String reasons;
    @Column(name = "decided_by")
    private String decidedBy;
    @Version
    private long version;

    protected Appeal() {
    }

    static Appeal file(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        Appeal a = new Appeal();
        a.id = UUID.randomUUID();
        a.caseId = window.caseId();
        a.decisionId = window.decisionId();
        a.window = window;
        a.reconsiderationId = window.reconsiderationId();
        a.filedOn = filedOn;
        a.lastDay = window.lastDay();
        a.grounds = grounds;
        a.filedBy = officer;
        a.status = AppealStatus.FILED;
        return a;
    }

    void decide(AppealStatus.Outcome outcome, String reasons, LocalDate decidedOn, String minister) {
        this.status = status.decide(outcome);
        this.reasons = reasons;
        this.decidedOn = decidedOn;
        this.decidedBy = minister;
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

    public UUID reconsiderationId() {
        return reconsiderationId;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public AppealStatus status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reasons() {
        return reasons;
    }
}
