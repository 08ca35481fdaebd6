package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated.Cause;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** A lapse undone: who reinstated which window, why (the legal ground, encrypted), and until when it runs now. */
@Entity
@Table(name = "window_reinstatement")
public class WindowReinstatement {

    @Id
    private UUID id;
    @Column(name = "window_id")
    private UUID windowId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    private WindowKind windowKind;
    @Enumerated(EnumType.STRING)
    private Cause cause;
    @Convert(converter = EncryptedText.class) // may state facts about the person
    @Column(name = "legal_ground")
    private String legalGround;
    @Column(name = "previous_last_day")
    private LocalDate previousLastDay;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Column(name = "reinstated_on")
    private LocalDate reinstatedOn;
    @Column(name = "reinstated_by")
    private String reinstatedBy;
    @Column(name = "reinstated_at")
    private Instant reinstatedAt;

    protected WindowReinstatement() {
    }

    WindowReinstatement(ChallengeWindow window, Cause cause, String legalGround, LocalDate previousLastDay,
                        LocalDate reinstatedOn, String reinstatedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.windowId = window.id();
        this.caseId = window.caseId();
        this.decisionId = window.decisionId();
        this.windowKind = window.kind();
        this.cause = cause;
        this.legalGround = legalGround;
        this.previousLastDay = previousLastDay;
        this.lastDay = window.lastDay();
        this.reinstatedOn = reinstatedOn;
        this.reinstatedBy = reinstatedBy;
        this.reinstatedAt = now;
    }

    /** As officers read it. */
    public record View(UUID reinstatementId, UUID windowId, UUID decisionId, String window, String cause,
                       String legalGround, LocalDate previousLastDay, LocalDate lastDay, LocalDate reinstatedOn,
                       String reinstatedBy) {
    }

    View view() {
        return new View(id, windowId, decisionId, windowKind.name(), cause.name(), legalGround, previousLastDay,
                lastDay, reinstatedOn, reinstatedBy);
    }
}
