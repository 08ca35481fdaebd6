package pa.gob.refugio.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holds a character no person's data contains and PostgreSQL or a PDF cannot store: a C0 control
 * character other than tab, line feed and carriage return (NUL first of all), or half of a UTF-16 surrogate pair.
 * Jackson adds the field's path as it unwinds, and {@link ProblemMappers} answers 400 naming that field.
 */
public final class UnsafeTextException extends MismatchedInputException {

    private final String codePoint;
    private final boolean loneSurrogate;

    public UnsafeTextException(JsonParser parser, char character, boolean loneSurrogate) {
        super(parser, (loneSurrogate ? "Unpaired surrogate " : "Control character ") + codePoint(character)
                + " in a text field", String.class);
        this.codePoint = codePoint(character);
        this.loneSurrogate = loneSurrogate;
    }

    /** e.g. {@code U+0000}. */
    public String codePoint() {
        return codePoint;
    }

    public boolean loneSurrogate() {
        return loneSurrogate;
    }

    public static String codePoint(char character) {
        return String.format("U+%04X", (int) character);
    }
}
