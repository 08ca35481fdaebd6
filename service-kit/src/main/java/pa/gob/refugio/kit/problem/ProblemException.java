package pa.gob.refugio.kit.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client-facing failure of a use case: unknown id, illegal transition, broken rule, missed deadline. Thrown by
 * entities and services; turned into an RFC 9457 response by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final String typeSlug;
    private final String title;
    private final int status;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public ProblemException(int status, String typeSlug, String title, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
    }

    /** 404: no such resource (or not one the caller may see). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist")
                .with("resource", what).with("id", String.valueOf(id));
    }

    /** 409: the action is not allowed in the resource's current state. */
    public static ProblemException illegalTransition(String what, Object currentState, String action) {
        return new ProblemException(409, "illegal-transition", "Not allowed in the current state",
                what + " is " + currentState + "; it cannot be " + action)
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

    public Problem toProblem(String instance) {
        Problem problem = new Problem(typeSlug, title, status, getMessage(), instance);
        facts.forEach(problem::with);
        return problem;
    }
}
