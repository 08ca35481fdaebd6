package pa.gob.refugio.kit.problem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The language of the HTTP request being served ({@code Accept-Language}: English when preferred to Spanish,
 * otherwise Spanish), for texts built far from the resource, such as a deadline's explanation in a view. Outside a
 * request (a consumer, a scheduled job) it is the default, Spanish.
 */
public final class RequestLanguage {

    public static Locale current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return ProblemMessages.DEFAULT;
        }
        try (InstanceHandle<CurrentVertxRequest> request = container.instance(CurrentVertxRequest.class)) {
            RoutingContext context = request.isAvailable() ? request.get().getCurrent() : null;
            return context == null ? ProblemMessages.DEFAULT
                    : ProblemMessages.ofHeader(context.request().getHeader("Accept-Language"));
        } catch (RuntimeException noRequest) {
            return ProblemMessages.DEFAULT;
        }
    }

    private RequestLanguage() {
    }
}
