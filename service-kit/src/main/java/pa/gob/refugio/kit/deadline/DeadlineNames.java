package pa.gob.refugio.kit.deadline;

import java.util.Locale;
import java.util.Map;
import pa.gob.refugio.kit.problem.ProblemMessages;
import pa.gob.refugio.rules.deadline.Deadline;

/** The Spanish names of the procedure's deadlines, for texts that name one ("el plazo de reconsideración"). */
public final class DeadlineNames {

    private static final Map<String, String> SPANISH = Map.of(
            Deadline.RECONSIDERATION, "reconsideración",
            Deadline.APPEAL, "apelación",
            Deadline.FILING, "presentación de la solicitud");

    /** The Spanish name of {@code name}, or {@code name} itself for one without a translation. */
    public static String spanish(String name) {
        return SPANISH.getOrDefault(name, name);
    }

    /** The name in {@code locale}. */
    public static String in(String name, Locale locale) {
        return ProblemMessages.SPANISH.getLanguage().equals(locale.getLanguage()) ? spanish(name) : name;
    }

    private DeadlineNames() {
    }
}
