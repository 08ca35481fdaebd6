package pa.gob.refugio.appeals.rules;

import java.time.LocalDate;
import java.util.Objects;
import pa.gob.refugio.kit.deadline.DeadlineMissed;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;

/**
 * A reconsideration or appeal filed on paper at ONPAR counts from the day ONPAR received it ({@code receivedOn} on
 * the receipt), not from the day it is keyed in. Received within the window, it is accepted even if the window lapsed
 * meanwhile: the lapse is undone (the window is reinstated and then used by the filing). Received after the window's
 * last day, it is refused like any late filing (422 naming the deadline).
 */
public final class PaperFiling {

    private PaperFiling() {
    }

    /**
     * True when the window must be reinstated before the filing can use it (it lapsed, and the paper was received in
     * time); false when the ordinary filing rules apply (the window is open or used). Throws the problem that refuses
     * a receipt dated in the future, before the notification, or after the last day.
     */
    public static boolean undoesLapse(WindowStatus status, Deadline deadline, LocalDate receivedOn, LocalDate today) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (receivedOn.isAfter(today)) {
            throw ProblemException.ruleViolated("received-in-the-future",
                    Texts.of("Fecha de recepción futura", "Receipt date in the future"),
                    Texts.of("receivedOn " + receivedOn + " es posterior a hoy, " + today,
                            "receivedOn " + receivedOn + " is after today, " + today)).with("receivedOn", receivedOn.toString());
        }
        if (receivedOn.isBefore(deadline.triggeredOn())) {
            throw ProblemException.ruleViolated("filed-before-notification",
                    Texts.of("Presentada antes de la notificación", "Filed before the notification"),
                    Texts.of("receivedOn " + receivedOn + " es anterior a la notificación del " + deadline.triggeredOn(),
                            "receivedOn " + receivedOn + " is before the notification of " + deadline.triggeredOn()));
        }
        if (status != WindowStatus.LAPSED) {
            return false;
        }
        if (!deadline.isMetBy(receivedOn)) {
            throw DeadlineMissed.of(deadline, receivedOn);
        }
        return true;
    }
}
