package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.AppealStatus;

/** An appeal filed at ONPAR, addressed to the Minister of Government: FILED → GRANTED | DENIED. */
@Entity
@Table(name = "appeal")
public class Appeal extends Challenge {

    @Column(name = "reconsideration_id")
    private UUID reconsiderationId;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;

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

    public UUID reconsiderationId() {
        return reconsiderationId;
    }

    public AppealStatus status() {
        return status;
    }
}
