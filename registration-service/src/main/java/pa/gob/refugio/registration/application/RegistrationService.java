package pa.gob.refugio.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.Person;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** The registration use cases; one transaction each, the event written to the outbox in the same transaction. */
@ApplicationScoped
public class RegistrationService {

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final Deadlines deadlines;
    private final Clock clock;

    public RegistrationService(ApplicationRepository applications, Outbox outbox, Deadlines deadlines, Clock clock) {
        this.applications = applications;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public Registered register(RegisterApplicationRequest request, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        Deadline filing = deadlines.filing(request.entryDate());
        checkFamily(request.members());
        Application application = Application.register(applications.nextCaseNumber(Year.from(filedOn)),
                request.intakeSite().strip(), request.entryDate(), filedOn, filing,
                request.lateFilingJustification(), officer, Instant.now(clock));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            Person p = request.members().get(i);
            members.add(application.addMember(new Member(application, i, p.role(), p.givenNames(), p.familyNames(),
                    p.sex(), p.dateOfBirth(), p.nationalities())));
        }
        for (int i = 0; i < members.size(); i++) {
            Person p = request.members().get(i);
            Member m = members.get(i);
            if (m.isAdultOn(filedOn)) {
                continue;
            }
            if (p.responsibleAdult() != null) {
                m.linkTo(members.get(p.responsibleAdult()));
            } else {
                m.flagUnaccompanied();
            }
        }
        applications.persist(application);
        outbox.publish(new ApplicationRegistered(
                EventMetadata.create(ApplicationRegistered.class, application.id(), trace, Instant.now(clock)),
                application.caseNumber(), application.intakeSite(), filedOn, application.outOfTime(),
                members.stream().map(m -> new ApplicationRegistered.Member(m.id(), m.familyRole(),
                        m.isAdultOn(filedOn), m.unaccompaniedChild())).toList()));
        return new Registered(ApplicationView.of(application), filing);
    }

    @Transactional
    public ApplicationView find(UUID caseId) {
        return applications.findByIdOptional(caseId).map(ApplicationView::of)
                .orElseThrow(() -> ProblemException.notFound("Application", caseId));
    }

    /** The family as declared must make sense: one principal first, and every child's responsible adult an adult. */
    private static void checkFamily(List<Person> members) {
        List<Problem> problems = new ArrayList<>();
        if (members.get(0).role() != FamilyRole.PRINCIPAL) {
            problems.add(new Problem("members[0].role", "the first member must be the PRINCIPAL applicant"));
        }
        for (int i = 1; i < members.size(); i++) {
            if (members.get(i).role() == FamilyRole.PRINCIPAL) {
                problems.add(new Problem("members[" + i + "].role", "only one PRINCIPAL applicant per application"));
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Integer responsible = members.get(i).responsibleAdult();
            if (responsible == null) {
                continue;
            }
            if (responsible >= members.size() || responsible == i) {
                problems.add(new Problem("members[" + i + "].responsibleAdult",
                        "must be the position of another member of this application"));
            } else if (members.get(i).unaccompaniedOrSeparated()) {
                problems.add(new Problem("members[" + i + "].responsibleAdult",
                        "an unaccompanied or separated child has no responsible adult in the family"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolated("invalid-family", "The family unit is not consistent",
                    problems.size() + " problem(s) in members").with("errors", problems);
        }
    }

    private record Problem(String field, String reason) {
    }

    /** The registered application and the filing deadline it was measured against. */
    public record Registered(ApplicationView application, Deadline filingDeadline) {
    }
}
