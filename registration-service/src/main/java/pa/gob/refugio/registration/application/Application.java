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
import java.util.function.Supplier;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.SpanishTerms;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;

/** An asylum application: the principal applicant and the basic family unit, as registered by ONPAR. */
@Entity
@Table(name = "application")
public class Application {

    private static final Texts FAMILY_NOT_CONSISTENT =
            Texts.of("La unidad familiar no es coherente", "The family unit is not consistent");

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
    @Convert(converter = EncryptedText.class) // why the application is late: the person's story, encrypted at rest
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
    @Convert(converter = EncryptedText.class) // free text about how the case ended: encrypted at rest
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
     * Registers an application filed on {@code filedOn} for the family unit as declared, and guards its rules:
     * <ul>
     *   <li>filed not before entry (422 {@code filed-before-entry}); a filing after the deadline only with the
     *       applicant's justification, flagged out of time (Executive Decree 5 of 2018, art. 30; 422
     *       {@code late-filing-needs-justification});</li>
     *   <li>the family (422 {@code invalid-family}, every problem at once): the principal applicant first and only
     *       once; a child's responsible adult is another member and an adult on the filing date; a child marked
     *       unaccompanied or separated has no responsible adult in the family; only a minor can be marked so;</li>
     *   <li>every minor is linked to a responsible adult of the family, or marked by the officer UNACCOMPANIED or
     *       SEPARATED (PROCEDURE.md step 2; 422 {@code minor-without-responsible-adult} naming each such member:
     *       a minor is never flagged silently);</li>
     *   <li>a case with a child alone is processed with priority.</li>
     * </ul>
     * The case number is drawn from {@code caseNumber} only once every rule holds.
     */
    static Application register(Supplier<String> caseNumber, String intakeSite, LocalDate entryDate, LocalDate filedOn,
                                Deadline filingDeadline, String lateJustification, List<NewMember> family,
                                String officer, Instant now) {
        if (filedOn.isBefore(entryDate)) {
            throw ProblemException.ruleViolated("filed-before-entry",
                    Texts.of("Presentada antes de la entrada", "Filed before entry"),
                    Texts.of("filedOn " + filedOn + " es anterior a la fecha de entrada " + entryDate,
                            "filedOn " + filedOn + " is before the entry date " + entryDate));
        }
        boolean late = !filingDeadline.isMetBy(filedOn);
        boolean justified = lateJustification != null && !lateJustification.isBlank();
        if (late && !justified) {
            throw ProblemException.ruleViolated("late-filing-needs-justification",
                            Texts.of("Presentada fuera del plazo de presentación", "Filed after the filing deadline"),
                            Texts.of("El plazo de presentación venció el " + filingDeadline.lastDay()
                                            + "; una solicitud tardía necesita la justificación del solicitante"
                                            + " (lateFilingJustification)",
                                    "The filing deadline ended on " + filingDeadline.lastDay()
                                            + "; a late application needs the applicant's justification"
                                            + " (lateFilingJustification)"))
                    .with("deadline", DeadlineView.of(filingDeadline));
        }
        checkFamily(family, filedOn);
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.caseNumber = caseNumber.get(); // drawn only once every rule holds
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
        for (int i = 0; i < family.size(); i++) {
            NewMember p = family.get(i);
            Member m = new Member(a, i, p.role(), p.givenNames(), p.familyNames(), p.sex(), p.dateOfBirth(),
                    p.nationalities()).describe(p.gender(), p.languages(), p.specificNeeds());
            if (p.documentType() != null) {
                m.identifiedBy(p.documentType(), p.documentNumber(), p.documentCountry());
            }
            a.members.add(m);
        }
        for (int i = 0; i < family.size(); i++) {
            NewMember p = family.get(i);
            if (p.isAdultOn(filedOn)) {
                continue;
            }
            if (p.responsibleAdult() != null) {
                a.members.get(i).linkTo(a.members.get(p.responsibleAdult()));
            } else {
                a.members.get(i).markAlone(p.childAlone());
            }
        }
        a.priority = a.members.stream().anyMatch(Member::unaccompaniedChild);
        return a;
    }

    /** The family-unit rules; see {@link #register}. */
    private static void checkFamily(List<NewMember> family, LocalDate filedOn) {
        if (family.isEmpty()) {
            throw ProblemException.ruleViolated("invalid-family", FAMILY_NOT_CONSISTENT,
                    Texts.of("Una solicitud nombra al menos a su solicitante principal",
                            "An application names at least its principal applicant"));
        }
        List<FamilyProblem> problems = new ArrayList<>();
        if (family.get(0).role() != FamilyRole.PRINCIPAL) {
            problems.add(new FamilyProblem("members[0].role", "the first member must be the PRINCIPAL applicant"));
        }
        for (int i = 1; i < family.size(); i++) {
            if (family.get(i).role() == FamilyRole.PRINCIPAL) {
                problems.add(new FamilyProblem("members[" + i + "].role",
                        "only one PRINCIPAL applicant per application"));
            }
        }
        for (int i = 0; i < family.size(); i++) {
            NewMember m = family.get(i);
            if (m.childAlone() != null && m.isAdultOn(filedOn)) {
                problems.add(new FamilyProblem("members[" + i + "].childAlone",
                        "only a minor can be marked " + m.childAlone() + "; members[" + i + "] is an adult on "
                                + filedOn));
            }
            Integer responsible = m.responsibleAdult();
            if (responsible == null) {
                continue;
            }
            if (responsible >= family.size() || responsible == i) {
                problems.add(new FamilyProblem("members[" + i + "].responsibleAdult",
                        "must be the position of another member of this application"));
            } else if (m.childAlone() != null) {
                problems.add(new FamilyProblem("members[" + i + "].responsibleAdult",
                        "an unaccompanied or separated child has no responsible adult in the family"));
            } else if (!family.get(responsible).isAdultOn(filedOn)) {
                problems.add(new FamilyProblem("members[" + i + "].responsibleAdult",
                        "members[" + responsible + "] is not an adult on " + filedOn));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolated("invalid-family", FAMILY_NOT_CONSISTENT,
                    Texts.of(problems.size() + " problema(s) en members", problems.size() + " problem(s) in members")).with("errors", problems);
        }
        List<FamilyProblem> alone = new ArrayList<>();
        for (int i = 0; i < family.size(); i++) {
            NewMember m = family.get(i);
            if (!m.isAdultOn(filedOn) && m.responsibleAdult() == null && m.childAlone() == null) {
                alone.add(new FamilyProblem("members[" + i + "]", m.label(i) + " is a minor on " + filedOn
                        + " with no responsible adult: link an adult of the family (responsibleAdult) or mark the "
                        + "child UNACCOMPANIED or SEPARATED (childAlone)"));
            }
        }
        if (!alone.isEmpty()) {
            String reasons = String.join("; ", alone.stream().map(FamilyProblem::reason).toList());
            throw ProblemException.ruleViolated("minor-without-responsible-adult",
                            Texts.of("Un menor sin adulto responsable", "A minor without a responsible adult"),
                            Texts.of(reasons, reasons))
                    .with("errors", alone);
        }
    }

    /** One inconsistency of the family, named by the request field. */
    public record FamilyProblem(String field, String reason) {
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
                    ProblemException.ruleViolated("unknown-member",
                                    Texts.of("No es miembro del caso", "Not a member of the case"),
                                    Texts.of("memberIds: " + memberId + " no es miembro del caso " + caseNumber,
                                            "memberIds: " + memberId + " is not a member of case " + caseNumber))
                            .with("field", "memberIds").with("memberId", memberId.toString()));
            if (!m.inProcedure()) {
                throw ProblemException.conflict("member-procedure-ended",
                                Texts.of("El procedimiento del miembro ya terminó", "The member's procedure already ended"),
                                Texts.of("memberIds: el procedimiento del miembro " + memberId + " ya terminó ("
                                                + m.procedureStatus() + "); no puede ser " + SpanishTerms.of(action),
                                        "memberIds: the procedure of member " + memberId + " already ended ("
                                                + m.procedureStatus() + "); it cannot be " + action))
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
            throw ProblemException.ruleViolated("before-entry",
                    Texts.of("Fecha anterior a la entrada en Panamá", "Date before the entry into Panama"),
                    Texts.of(field + " " + date + " es anterior a la fecha de entrada " + entryDate,
                            field + " " + date + " is before the entry date " + entryDate)).with("field", field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- Amendments (issue 13): corrections of a member's identity data, members added to a registered family ---

    /** The member of this case; 404 when the case holds no such member. */
    public Member member(UUID memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Member", memberId).with("caseId", id.toString()));
    }

    /**
     * Corrects the identity data of a member; returns the names of the fields changed. Adulthood is judged on the
     * filing date, as at registration. A corrected date of birth that makes an adult a minor needs the child's
     * responsible adult ({@code responsibleMemberId}: another member, adult on the filing date, still in the
     * procedure) or the officer's mark {@code childAlone} (422 {@code minor-without-responsible-adult}), and is refused
     * while the member is the responsible adult of a child of the family (422 {@code responsible-adult-not-adult});
     * one that makes a child an adult ends the link to a responsible adult. 422 {@code nothing-to-correct} when no
     * value changes. Corrections are allowed whatever the case's status: a recognised refugee's card is reissued.
     */
    public List<String> correctMember(UUID memberId, MemberIdentity next, UUID responsibleMemberId,
                                      ChildAlone childAlone) {
        Member member = member(memberId);
        List<String> changed = next.changedSince(member.identity());
        if (changed.isEmpty()) {
            throw ProblemException.ruleViolated("nothing-to-correct",
                    Texts.of("Nada que corregir", "Nothing to correct"),
                    Texts.of("Los valores enviados son los que el miembro ya tiene",
                            "The values sent are those the member already holds"));
        }
        boolean wasAdult = member.isAdultOn(filedOn);
        boolean nowAdult = Member.isAdult(next.dateOfBirth(), filedOn);
        if (wasAdult && !nowAdult) {
            List<String> children = members.stream().filter(c -> memberId.equals(c.responsibleMemberId()))
                    .map(c -> c.id().toString()).toList();
            if (!children.isEmpty()) {
                throw ProblemException.ruleViolated("responsible-adult-not-adult",
                                Texts.of("El adulto responsable sería menor de edad",
                                        "The responsible adult would be a minor"),
                                Texts.of("Con la fecha de nacimiento corregida el miembro es menor el " + filedOn
                                                + " (fecha de presentación) y es el adulto responsable de "
                                                + children.size() + " niño(s): asigne antes otro adulto responsable",
                                        "With the corrected date of birth the member is a minor on " + filedOn
                                                + " (filing date) and is the responsible adult of "
                                                + children.size() + " child(ren): link them to another adult first"))
                        .with("filedOn", filedOn.toString()).with("children", children);
            }
            if (responsibleMemberId != null && childAlone != null || responsibleMemberId == null
                    && childAlone == null) {
                throw minorWithoutResponsibleAdult("dateOfBirth");
            }
            if (responsibleMemberId != null) {
                member.linkTo(responsibleAdult(responsibleMemberId, memberId, filedOn));
            } else {
                member.markAlone(childAlone);
                this.priority = true;
            }
        } else if (!wasAdult && nowAdult) {
            member.becomeAdult();
        }
        member.correct(next);
        return changed;
    }

    /**
     * Adds a member to the family (a newborn, family reunification), with the rules of registration judged on
     * {@code today}: never a second PRINCIPAL (422 {@code invalid-family}); a minor is linked to a responsible adult
     * of the family still in the procedure, or marked UNACCOMPANIED or SEPARATED (422
     * {@code minor-without-responsible-adult}); only a minor can be marked so. 409 {@code case-ended} when the case
     * has ended.
     */
    public Member addMember(NewMember p, UUID responsibleMemberId, LocalDate today) {
        if (status.ended()) {
            throw ProblemException.conflict("case-ended",
                            Texts.of("El caso ha terminado", "The case has ended"),
                            Texts.of("El caso " + caseNumber + " terminó (" + status + ") el " + endedOn
                                            + ": no se le pueden añadir miembros",
                                    "Case " + caseNumber + " ended (" + status + ") on " + endedOn
                                            + ": no member can be added to it"))
                    .with("currentState", status.name());
        }
        if (p.role() == FamilyRole.PRINCIPAL) {
            throw ProblemException.ruleViolated("invalid-family",
                    Texts.of("La unidad familiar no es coherente", "The family unit is not consistent"),
                    Texts.of("El caso ya tiene su solicitante principal: un miembro añadido tiene otro rol",
                            "The case already has its principal applicant: a member added has another role"))
                    .with("field", "role");
        }
        boolean adult = p.isAdultOn(today);
        if (adult && (p.childAlone() != null || responsibleMemberId != null)) {
            throw ProblemException.ruleViolated("invalid-family",
                    Texts.of("La unidad familiar no es coherente", "The family unit is not consistent"),
                    Texts.of("Solo un menor tiene un adulto responsable o se marca no acompañado o separado; el "
                                    + "miembro es adulto el " + today,
                            "Only a minor has a responsible adult or is marked unaccompanied or separated; the "
                                    + "member is an adult on " + today))
                    .with("field", p.childAlone() != null ? "childAlone" : "responsibleMemberId");
        }
        if (!adult && (responsibleMemberId != null && p.childAlone() != null
                || responsibleMemberId == null && p.childAlone() == null)) {
            throw minorWithoutResponsibleAdult("responsibleMemberId");
        }
        Member responsible = adult || responsibleMemberId == null ? null
                : responsibleAdult(responsibleMemberId, null, today);
        Member m = new Member(this, members.size(), p.role(), p.givenNames(), p.familyNames(), p.sex(),
                p.dateOfBirth(), p.nationalities()).describe(p.gender(), p.languages(), p.specificNeeds());
        if (p.documentType() != null) {
            m.identifiedBy(p.documentType(), p.documentNumber(), p.documentCountry());
        }
        if (responsible != null) {
            m.linkTo(responsible);
        } else if (!adult) {
            m.markAlone(p.childAlone());
            this.priority = true;
        }
        members.add(m);
        return m;
    }

    /** The responsible adult named for a child: another member, adult on {@code on}, still in the procedure. */
    private Member responsibleAdult(UUID responsibleMemberId, UUID childId, LocalDate on) {
        Member adult = members.stream().filter(x -> x.id().equals(responsibleMemberId)).findFirst().orElse(null);
        if (adult == null || adult.id().equals(childId) || !adult.isAdultOn(on) || !adult.inProcedure()) {
            throw ProblemException.ruleViolated("invalid-family",
                            Texts.of("La unidad familiar no es coherente", "The family unit is not consistent"),
                            Texts.of("responsibleMemberId debe ser otro miembro del caso, adulto el " + on
                                            + " y aún en el procedimiento",
                                    "responsibleMemberId must be another member of the case, an adult on " + on
                                            + " and still in the procedure"))
                    .with("field", "responsibleMemberId");
        }
        return adult;
    }

    private static ProblemException minorWithoutResponsibleAdult(String field) {
        return ProblemException.ruleViolated("minor-without-responsible-adult",
                        Texts.of("Un menor sin adulto responsable", "A minor without a responsible adult"),
                        Texts.of("Un menor se vincula a un adulto responsable de la familia (responsibleMemberId) o "
                                        + "el funcionario lo marca UNACCOMPANIED o SEPARATED (childAlone), una de las "
                                        + "dos cosas",
                                "A minor is linked to a responsible adult of the family (responsibleMemberId) or "
                                        + "marked UNACCOMPANIED or SEPARATED by the officer (childAlone), one of "
                                        + "the two"))
                .with("field", field);
    }

    /** The version of the aggregate (the case's ETag). */
    public long version() {
        return version;
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

    /**
     * The registration interview booked here before issue 8; null for every case since (interview-service is the
     * only booking ledger: the dates arrive as {@code InterviewScheduled} in the timeline).
     */
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

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }
}
