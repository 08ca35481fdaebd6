package pa.gob.refugio.kit.deadline;

import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;

/** 422 for a legal deadline that has passed: says which deadline, when it ended, and how it was counted. */
public final class DeadlineMissed {

    public static ProblemException of(Deadline deadline, java.time.LocalDate attemptedOn) {
        return ProblemException.ruleViolated("deadline-missed", Texts.of("Plazo vencido", "Deadline missed"),
                        Texts.of("El plazo de " + DeadlineNames.spanish(deadline.name()) + " venció el "
                                        + deadline.lastDay() + " (intento del " + attemptedOn + ")",
                                "The " + deadline.name() + " deadline ended on " + deadline.lastDay() + " (attempted on "
                                        + attemptedOn + ")"))
                .with("deadline", DeadlineView.of(deadline));
    }

    private DeadlineMissed() {
    }
}
