package pa.gob.refugio.appeals.judicial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.appeals.JudicialReviewDecided.Outcome;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** A judicial review at the Supreme Court's Third Chamber, as recorded: PENDING → DECIDED. */
@Entity
@Table(name = "judicial_review")
public class JudicialReview {

    public enum Status { PENDING, DECIDED }

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "court_reference")
    private String courtReference;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Version
    private long version;

    protected JudicialReview() {
    }

    static JudicialReview record(UUID caseId, UUID decisionId, LocalDate filedOn, String courtReference,
                                 String officer) {
        JudicialReview j = new JudicialReview();
        j.id = UUID.randomUUID();
        j.caseId = caseId;
        j.decisionId = decisionId;
        j.filedOn = filedOn;
        j.courtReference = courtReference;
        j.recordedBy = officer;
        j.status = Status.PENDING;
        return j;
    }

    void decide(Outcome outcome, LocalDate decidedOn) {
        if (status != Status.PENDING) {
            throw ProblemException.illegalTransition("The judicial review", status, "decided again");
        }
        if (decidedOn.isBefore(filedOn)) {
            throw ProblemException.ruleViolated("date-out-of-order",
                    Texts.of("Fecha fuera de orden", "Date out of order"),
                    Texts.of("decidedOn " + decidedOn + " es anterior a la presentación (" + filedOn + ")",
                            "decidedOn " + decidedOn + " is before the filing (" + filedOn + ")"));
        }
        this.status = Status.DECIDED;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
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

    public LocalDate filedOn() {
        return filedOn;
    }

    public String courtReference() {
        return courtReference;
    }

    public Status status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
