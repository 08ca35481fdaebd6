package pa.gob.refugio.kit.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem statuses a resource method answers beyond those {@link ContractsFilter} documents for every operation
 * of its kind (for example {@code @ProblemResponses({409, 422})} on a use case that refuses an illegal transition
 * and a broken rule). Read at build time from the index; it changes nothing at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemResponses {

    /** HTTP statuses answered as {@code application/problem+json}, e.g. {@code 409, 422}. */
    int[] value();
}
