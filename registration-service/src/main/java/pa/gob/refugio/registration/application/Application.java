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

    /**
     * Members withdrew ({@code memberIds} null or empty: every member still in the procedure); see
     * {@link #leaving(List, LocalDate, String)} for who leaves. 409 if the case already ended or a member named did.
     */
    List<Member> withdraw(List<UUID> memberIds, LocalDate on, String reason, Instant now) {
        checkNotBeforeEntry(on, "withdrawnOn");
        if (!anyInProcedure()) {
            status.withdraw();
        }
        List<Member> leaving = leaving(memberIds, on, "withdrawn");
        leaving.forEach(m -> m.end(MemberStatus.WITHDRAWN, on));
        afterMembersEnded(on, reason, now);
        return leaving;
    }

    /** SNM reported the departure of members (null or empty: every member still in the procedure); as withdraw. */
    List<Member> abandon(List<UUID> memberIds, LocalDate departedOn, String borderPost, Instant now) {
        checkNotBeforeEntry(departedOn, "departureDate");
        if (!anyInProcedure()) {
            status.abandon();
        }
        List<Member> leaving = leaving(memberIds, departedOn, "abandoned");
        leaving.forEach(m -> m.end(MemberStatus.ABANDONED, departedOn));
        afterMembersEnded(departedOn, borderPost == null ? null : "departure via " + borderPost.strip(), now);
        return leaving;
    }

    /**
     * The procedure concluded elsewhere for some members (recognised, or a rejection that became final);
     * {@code memberIds} null: every member still in the procedure. Members unknown or already ended are skipped
     * (events replay). Returns the members whose procedure ended now.
     */
    List<Member> conclude(List<UUID> memberIds, MemberStatus how, LocalDate on, String note, Instant now) {
        List<Member> concluded = members.stream()
                .filter(m -> memberIds == null || memberIds.contains(m.id()))
                .filter(m -> m.end(how, on)).toList();
        if (!concluded.isEmpty()) {
            afterMembersEnded(on, note, now);
        }
        return concluded;
    }

    /**
     * Who leaves the procedure. Without {@code memberIds}, every member still in it. With them, exactly those named
     * (unknown → 422, already ended → 409), plus every child in the procedure whose responsible adult leaves, unless
     * another adult of the family stays in the procedure: then the child stays and that adult (the first one
     * registered) becomes responsible. A child never stays in the procedure with no adult of the family.
     */
    private List<Member> leaving(List<UUID> memberIds, LocalDate on, String action) {
        if (memberIds == null || memberIds.isEmpty()) {
            return members.stream().filter(Member::inProcedure).toList();
        }
        List<Member> named = new ArrayList<>();
        for (UUID memberId : new java.util.LinkedHashSet<>(memberIds)) {
            Member m = members.stream().filter(x -> x.id().equals(memberId)).findFirst().orElseThrow(() ->
                    ProblemException.ruleViolated("unknown-member", "Not a member of the case",
                                    "memberIds: " + memberId + " is not a member of case " + caseNumber)
                            .with("field", "memberIds").with("memberId", memberId.toString()));
            if (!m.inProcedure()) {
                throw ProblemException.conflict("member-procedure-ended", "The member's procedure already ended",
                                "memberIds: the procedure of member " + memberId + " already ended ("
                                        + m.procedureStatus() + "); it cannot be " + action)
                        .with("field", "memberIds").with("memberId", memberId.toString())
                        .with("currentState", m.procedureStatus().name());
            }
            named.add(m);
        }
        List<Member> leaving = new ArrayList<>(named);
        java.util.Optional<Member> remainingAdult = members.stream()
                .filter(m -> m.inProcedure() && !named.contains(m) && m.isAdultOn(on)).findFirst();
        for (Member child : members) {
            if (child.inProcedure() && !leaving.contains(child) && child.responsibleMemberId() != null
                    && named.stream().anyMatch(m -> m.id().equals(child.responsibleMemberId()))) {
                if (remainingAdult.isPresent()) {
                    child.linkTo(remainingAdult.get());
                } else {
                    leaving.add(child);
                }
            }
        }
        return leaving;
    }

    /** The case ends when no member remains in the procedure: WITHDRAWN or ABANDONED if all left so, else CLOSED. */
    private void afterMembersEnded(LocalDate on, String note, Instant now) {
        if (anyInProcedure() || status.ended()) {
            return;
        }
        if (members.stream().allMatch(m -> m.procedureStatus() == MemberStatus.WITHDRAWN)) {
            this.status = status.withdraw();
        } else if (members.stream().allMatch(m -> m.procedureStatus() == MemberStatus.ABANDONED)) {
            this.status = status.abandon();
        } else {
            this.status = status.close();
        }
        end(on, note, now);
    }

    private boolean anyInProcedure() {
        return members.stream().anyMatch(Member::inProcedure);
    }

    /**
     * A final rejection of the members listed was reversed (a lapse undone): those finally rejected by it are in the
     * procedure again, and a case their rejection had closed is open again. Returns the members resumed.
     */
    List<Member> resumeAfterReversal(List<UUID> memberIds, String note, Instant now) {
        List<Member> resumed = members.stream().filter(m -> memberIds.contains(m.id()))
                .filter(Member::resumeAfterReversal).toList();
        if (!resumed.isEmpty() && status == CaseStatus.CLOSED) {
            this.status = status.reopen();
            this.endedOn = null;
            this.endNote = blankToNull(note);
            this.statusSince = now;
        }
        return resumed;
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
