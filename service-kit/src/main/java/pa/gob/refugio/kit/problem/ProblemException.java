package pa.gob.refugio.kit.problem;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client-facing failure of a use case: unknown id, illegal transition, broken rule, missed deadline. Thrown by
 * entities and services; turned into an RFC 9457 response by {@link ProblemMappers}.
 *
 * <p>The kit's own factories ({@link #notFound}, {@link #illegalTransition}, and those of the kit's filters) carry a
 * message key and are answered in the caller's language (English or Spanish, from {@code Accept-Language}). A problem
 * built with {@link Texts} (Spanish and English) is answered in the caller's language too; one built with a single
 * title and detail (the String overloads of {@link #conflict}, {@link #ruleViolated}, the constructor) is answered as
 * written, in English.
 */
public class ProblemException extends RuntimeException {

    private final String typeSlug;
    private final String title;
    private final int status;
    private final String messageKey;
    private final Object[] messageArgs;
    private final Texts titleTexts;
    private final Texts detailTexts;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public ProblemException(int status, String typeSlug, String title, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
        this.messageKey = null;
        this.messageArgs = new Object[0];
        this.titleTexts = null;
        this.detailTexts = null;
    }

    private ProblemException(int status, String typeSlug, Texts title, Texts detail) {
        super(detail.english());
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title.english();
        this.messageKey = null;
        this.messageArgs = new Object[0];
        this.titleTexts = title;
        this.detailTexts = detail;
    }

    private ProblemException(int status, String typeSlug, String messageKey, Object[] args) {
        super(ProblemMessages.text(messageKey + ".detail", ProblemMessages.ENGLISH, args));
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = ProblemMessages.text(messageKey + ".title", ProblemMessages.ENGLISH);
        this.messageKey = messageKey;
        this.messageArgs = args;
        this.titleTexts = null;
        this.detailTexts = null;
    }

    /** A problem with a Spanish and an English title and detail, answered in the caller's language. */
    public static ProblemException of(int status, String typeSlug, Texts title, Texts detail) {
        return new ProblemException(status, typeSlug, title, detail);
    }

    /** 422 in Spanish and English: a business rule refuses a well-formed request. */
    public static ProblemException ruleViolated(String typeSlug, Texts title, Texts detail) {
        return new ProblemException(422, typeSlug, title, detail);
    }

    /** 409 in Spanish and English: the request conflicts with the current state or existing data. */
    public static ProblemException conflict(String typeSlug, Texts title, Texts detail) {
        return new ProblemException(409, typeSlug, title, detail);
    }

    /**
     * A problem whose title and detail come from {@link ProblemMessages} ({@code key.title}, {@code key.detail} with
     * {@code args}), so that it is answered in the caller's language.
     */
    public static ProblemException localized(int status, String typeSlug, String messageKey, Object... args) {
        return new ProblemException(status, typeSlug, messageKey, args);
    }

    /** 404: no such resource (or not one the caller may see). */
    public static ProblemException notFound(String what, Object id) {
        return localized(404, "not-found", "not-found", what, id)
                .with("resource", what).with("id", String.valueOf(id));
    }

    /** 409: the action is not allowed in the resource's current state. */
    public static ProblemException illegalTransition(String what, Object currentState, String action) {
        return localized(409, "illegal-transition", "illegal-transition", what, currentState, action)
                .with("currentState", String.valueOf(currentState)).with("action", action);
    }

    /** 409: the request conflicts with existing data (e.g. a duplicate). */
    public static ProblemException conflict(String typeSlug, String title, String detail) {
        return new ProblemException(409, typeSlug, title, detail);
    }

    /** 422: a business rule refuses a well-formed request. */
    public static ProblemException ruleViolated(String typeSlug, String title, String detail) {
        return new ProblemException(422, typeSlug, title, detail);
    }

    public ProblemException with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    /** The slug of the problem's type URI (e.g. {@code not-found}). */
    public String typeSlug() {
        return typeSlug;
    }

    /** The facts attached with {@link #with}. */
    public Map<String, Object> facts() {
        return java.util.Collections.unmodifiableMap(facts);
    }

    public Problem toProblem(String instance) {
        return toProblem(instance, ProblemMessages.ENGLISH);
    }

    /** In {@code locale} when the problem is one of the kit's localised ones, otherwise as written (English). */
    public Problem toProblem(String instance, Locale locale) {
        Problem problem;
        if (messageKey != null) {
            Object[] args = messageArgs;
            if (ProblemMessages.SPANISH.getLanguage().equals(locale.getLanguage())) {
                args = java.util.Arrays.stream(messageArgs).map(SpanishTerms::spanish).toArray();
            }
            problem = new Problem(typeSlug, ProblemMessages.text(messageKey + ".title", locale), status,
                    ProblemMessages.text(messageKey + ".detail", locale, args), instance).inLanguage(locale);
        } else if (titleTexts != null) {
            problem = new Problem(typeSlug, titleTexts.in(locale), status, detailTexts.in(locale), instance)
                    .inLanguage(locale);
        } else {
            problem = new Problem(typeSlug, title, status, getMessage(), instance);
        }
        facts.forEach(problem::with);
        return problem;
    }
}
