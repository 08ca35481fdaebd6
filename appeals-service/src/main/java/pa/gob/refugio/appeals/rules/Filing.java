package pa.gob.refugio.appeals.rules;

import java.time.LocalDate;
import java.util.Objects;
import pa.gob.refugio.kit.deadline.DeadlineMissed;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;

/**
 * Whether a reconsideration or an appeal may be filed on a date, in a window of a given status:
 * not in the future, not before the notification, not twice (409), and not after the window's last day (422 naming
 * the deadline and how it was counted). A window already lapsed cannot be used even for a back-dated filing (409).
 */
public final class Filing {

    private Filing() {
    }

    /** Returns the window's next status (USED) or throws the problem that refuses the filing. */
    public static WindowStatus check(WindowKind kind, WindowStatus status, Deadline deadline, LocalDate filedOn,
                                     LocalDate today) {
        Objects.requireNonNull(filedOn, "filedOn");
        if (filedOn.isAfter(today)) {
            throw ProblemException.ruleViolated("filed-in-the-future",
                    Texts.of("Fecha de presentación futura", "Filing date in the future"),
                    Texts.of("filedOn " + filedOn + " es posterior a hoy, " + today,
                            "filedOn " + filedOn + " is after today, " + today)).with("filedOn", filedOn.toString());
        }
        if (filedOn.isBefore(deadline.triggeredOn())) {
            throw ProblemException.ruleViolated("filed-before-notification",
                    Texts.of("Presentada antes de la notificación", "Filed before the notification"),
                    Texts.of("filedOn " + filedOn + " es anterior a la notificación del " + deadline.triggeredOn(),
                            "filedOn " + filedOn + " is before the notification of " + deadline.triggeredOn()));
        }
        if (status == WindowStatus.USED) {
            return status.use(kind);
        }
        if (!deadline.isMetBy(filedOn)) {
            throw DeadlineMissed.of(deadline, filedOn);
        }
        return status.use(kind);
    }
}
