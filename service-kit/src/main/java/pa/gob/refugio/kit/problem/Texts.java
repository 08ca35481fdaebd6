package pa.gob.refugio.kit.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of a problem in Spanish (first: the language of the applicants and of most officers) and English. A service
 * builds its domain problems with these ({@link ProblemException#ruleViolated(String, Texts, Texts)},
 * {@link ProblemException#conflict(String, Texts, Texts)}, {@link ProblemException#of}) and the caller gets the
 * language its {@code Accept-Language} prefers.
 */
public record Texts(String spanish, String english) {

    public Texts {
        Objects.requireNonNull(spanish, "spanish");
        Objects.requireNonNull(english, "english");
    }

    /** Spanish first, then English. */
    public static Texts of(String spanish, String english) {
        return new Texts(spanish, english);
    }

    /** The text in {@code locale}: Spanish for {@code es}, English otherwise. */
    public String in(Locale locale) {
        return locale != null && ProblemMessages.SPANISH.getLanguage().equals(locale.getLanguage()) ? spanish : english;
    }
}
