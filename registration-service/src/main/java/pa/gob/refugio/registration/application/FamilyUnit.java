package pa.gob.refugio.registration.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.Person;

/**
 * The basic family unit as declared must make sense: one principal applicant, first; a child's responsible adult
 * is another member of the application and an adult on the filing date; an unaccompanied or separated child has
 * no responsible adult in the family. Every problem is reported at once (422 {@code invalid-family}).
 */
public final class FamilyUnit {

    private FamilyUnit() {
    }

    public static void check(List<Person> members, LocalDate filedOn) {
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
            } else if (Period.between(members.get(responsible).dateOfBirth(), filedOn).getYears()
                    < Member.AGE_OF_MAJORITY) {
                problems.add(new Problem("members[" + i + "].responsibleAdult",
                        "members[" + responsible + "] is not an adult on " + filedOn));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolated("invalid-family", "The family unit is not consistent",
                    problems.size() + " problem(s) in members").with("errors", problems);
        }
    }

    /** One inconsistency, named by the request field. */
    public record Problem(String field, String reason) {
    }
}
