package pa.gob.refugio.registration.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.deadline.Deadline;

/** An asylum application: the principal applicant and the basic family unit, as registered by ONPAR. */
@Entity
@Table(name = "application")
public class Application {

    public enum Status { REGISTERED, WITHDRAWN, ABANDONED }

    @Id
    private UUID id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "intake_site")
    private String intakeSite;
    @Column(name = "entry_date")
    private LocalDate entryDate;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filing_last_day")
    private LocalDate filingLastDay;
    @Column(name = "out_of_time")
    private boolean outOfTime;
    @Column(name = "late_justification")
    private String lateJustification;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    protected Application() {
    }

    /**
     * Registers an application filed on {@code filedOn}. A filing after the deadline is accepted only with the
     * applicant's justification, and is flagged out of time (Executive Decree 5 of 2018, art. 30).
     */
    static Application register(String caseNumber, String intakeSite, LocalDate entryDate, LocalDate filedOn,
                                Deadline filingDeadline, String lateJustification, String officer, Instant now) {
        if (filedOn.isBefore(entryDate)) {
            throw ProblemException.ruleViolated("filed-before-entry", "Filed before entry",
                    "filedOn " + filedOn + " is before the entry date " + entryDate);
        }
        boolean late = !filingDeadline.isMetBy(filedOn);
        boolean justified = lateJustification != null && !lateJustification.isBlank();
        if (late && !justified) {
            throw ProblemException.ruleViolated("late-filing-needs-justification",
                            "Filed after the filing deadline",
                            "The filing deadline ended on " + filingDeadline.lastDay()
                                    + "; a late application needs the applicant's justification (lateFilingJustification)")
                    .with("deadline", DeadlineView.of(filingDeadline));
        }
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.caseNumber = caseNumber;
        a.intakeSite = intakeSite;
        a.entryDate = entryDate;
        a.filedOn = filedOn;
        a.filingLastDay = filingDeadline.lastDay();
        a.outOfTime = late;
        a.lateJustification = late ? lateJustification.strip() : null;
        a.status = Status.REGISTERED;
        a.registeredBy = officer;
        a.registeredAt = now;
        return a;
    }

    Member addMember(Member member) {
        members.add(member);
        return member;
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String intakeSite() {
        return intakeSite;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public LocalDate filingLastDay() {
        return filingLastDay;
    }

    public boolean outOfTime() {
        return outOfTime;
    }

    public String lateJustification() {
        return lateJustification;
    }

    public Status status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
