package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;

/** A reconsideration filed at ONPAR, addressed to CONARE: FILED → GRANTED | CONFIRMED. */
@Entity
@Table(name = "reconsideration")
public class Reconsideration extends Challenge {

    @Enumerated(EnumType.STRING)
    private ReconsiderationStatus status;

    protected Reconsideration() {
    }

    private Reconsideration(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        super(window, filedOn, grounds, officer);
        this.status = ReconsiderationStatus.FILED;
    }

    static Reconsideration file(ChallengeWindow window, LocalDate filedOn, String grounds, String officer) {
        return new Reconsideration(window, filedOn, grounds, officer);
    }

    void decide(ReconsiderationStatus.Outcome outcome, String reasons, LocalDate decidedOn, String member) {
        this.status = status.decide(outcome);
        decided(reasons, decidedOn, member);
    }

    public ReconsiderationStatus status() {
        return status;
    }
}
