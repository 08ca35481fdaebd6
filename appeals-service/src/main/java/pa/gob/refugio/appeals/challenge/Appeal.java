package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** An appeal filed at ONPAR, addressed to the Minister of Government: FILED → GRANTED | DENIED. */
@Entity
@Table(name = "appeal")
public class Appeal extends Challenge {

    @Column(name = "reconsideration_id")
    private UUID reconsiderationId;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Column(name = "notification_channel")
    private String notificationChannel;
    @Column(name = "notified_by")
    private String notifiedBy;

    protected Appeal() {
    }

    private Appeal(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        super(window, filedOn, grounds, officer);
        this.reconsiderationId = window.reconsiderationId();
        this.status = AppealStatus.FILED;
    }

    static Appeal file(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        return new Appeal(window, filedOn, grounds, officer);
    }

    void decide(AppealStatus.Outcome outcome, String reasons, LocalDate decidedOn, String minister) {
        this.status = status.decide(outcome);
        decided(reasons, decidedOn, minister);
    }

    /**
     * The Minister's decision was notified on {@code on} (once, not before the decision): the administrative route
     * ends at this notification. 409 before the decision or a second time.
     */
    void decisionNotified(LocalDate on, String channel, String officer) {
        if (status == AppealStatus.FILED) {
            throw ProblemException.conflict("appeal-not-decided",
                    Texts.of("Recurso de apelación sin decidir", "Appeal not decided"),
                    Texts.of("El Ministro aún no decidió el recurso de apelación " + id() + ": no hay decisión que "
                                    + "notificar",
                            "The Minister has not decided appeal " + id() + " yet: there is no decision to notify"));
        }
        if (notifiedOn != null) {
            throw ProblemException.conflict("appeal-decision-already-notified",
                            Texts.of("Decisión ya notificada", "Decision already notified"),
                            Texts.of("La decisión del Ministro sobre la apelación " + id() + " ya se notificó el "
                                            + notifiedOn,
                                    "The Minister's decision on appeal " + id() + " was already notified on "
                                            + notifiedOn))
                    .with("notifiedOn", notifiedOn.toString());
        }
        this.notifiedOn = on;
        this.notificationChannel = channel;
        this.notifiedBy = officer;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public String notificationChannel() {
        return notificationChannel;
    }

    public UUID reconsiderationId() {
        return reconsiderationId;
    }

    public AppealStatus status() {
        return status;
    }
}
