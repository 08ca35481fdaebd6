package pa.gob.refugio.registration.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.deadline.Deadline;

/** An asylum application: the principal applicant and the basic family unit, as registered by ONPAR. */
@Entity
@Table(name = "application")
public class Application {

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
    @Column(name = "place_of_entry")
    private String placeOfEntry;
    @Column(name = "grounds_stated")
    @Convert(converter = EncryptedText.class) // the applicant's own account: encrypted at rest
    private String groundsStated;
    @Column(name = "briefing_language")
    private String briefingLanguage;
    @Column(name = "briefing_at")
    private Instant briefingAt;
    @Column(name = "briefing_officer")
    private String briefingOfficer;
    private boolean priority;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "status_since")
    private Instant statusSince;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_note")
    private String endNote;
    @Column(name = "interview_at")
    private LocalDateTime interviewAt;
    @Column(name = "interview_site")
    private String interviewSite;
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
        a.status = CaseStatus.REGISTERED;
        a.statusSince = now;
        a.registeredBy = officer;
        a.registeredAt = now;
        return a;
    }

    Member addMember(Member member) {
        members.add(member);
        return member;
    }

    /** Where the person entered Panama and the grounds stated, as declared. */
    void declare(String placeOfEntry, String groundsStated) {
        this.placeOfEntry = blankToNull(placeOfEntry);
        this.groundsStated = blankToNull(groundsStated);
    }

    /** The applicant was informed of rights and obligations, in a language, at a time, by an officer. */
    void recordBriefing(String language, Instant at, String officer) {
        this.briefingLanguage = language;
        this.briefingAt = at;
        this.briefingOfficer = officer;
    }

    /** A case with an unaccompanied or separated child is processed with priority. */
    void prioritiseIfChildAlone() {
        this.priority = members.stream().anyMatch(Member::unaccompaniedChild);
    }

    void scheduleRegistrationInterview(LocalDateTime at, String siteCode) {
        this.interviewAt = at;
        this.interviewSite = siteCode;
    }

    /** The applicant withdrew; 409 if the case already ended. */
    void withdraw(LocalDate on, String reason, Instant now) {
        checkNotBeforeEntry(on, "withdrawnOn");
        this.status = status.withdraw();
        end(on, reason, now);
    }

    /** SNM reported the applicant's departure: the procedure is abandoned; 409 if the case already ended. */
    void abandon(LocalDate departedOn, String borderPost, Instant now) {
        checkNotBeforeEntry(departedOn, "departureDate");
        this.status = status.abandon();
        end(departedOn, borderPost == null ? null : "departure via " + borderPost.strip(), now);
    }

    /** The procedure concluded elsewhere (recognition of the whole family, or a final rejection). */
    void close(LocalDate on, String note, Instant now) {
        this.status = status.close();
        end(on, note, now);
    }

    /** A final rejection that closed the case was reversed: the procedure goes on. */
    void reopen(String note, Instant now) {
        this.status = status.reopen();
        this.endedOn = null;
        this.endNote = blankToNull(note);
        this.statusSince = now;
    }

    private void end(LocalDate on, String note, Instant now) {
        this.endedOn = on;
        this.endNote = blankToNull(note);
        this.statusSince = now;
    }

    private void checkNotBeforeEntry(LocalDate date, String field) {
        if (date.isBefore(entryDate)) {
            throw ProblemException.ruleViolated("before-entry", "Date before the entry into Panama",
                    field + " " + date + " is before the entry date " + entryDate).with("field", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String placeOfEntry() {
        return placeOfEntry;
    }

    public String groundsStated() {
        return groundsStated;
    }

    public String briefingLanguage() {
        return briefingLanguage;
    }

    public Instant briefingAt() {
        return briefingAt;
    }

    public String briefingOfficer() {
        return briefingOfficer;
    }

    public boolean priority() {
        return priority;
    }

    public Instant statusSince() {
        return statusSince != null ? statusSince : registeredAt;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endNote() {
        return endNote;
    }

    public LocalDateTime interviewAt() {
        return interviewAt;
    }

    public String interviewSite() {
        return interviewSite;
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

    public CaseStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
