package pa.gob.refugio.kit.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.problem.ProblemMessages;

/**
 * Refuses a declared oversized body before reading it, with a problem document rather than a bare 413.
 * (Chunked bodies without a length are still cut off by {@code quarkus.http.limits.max-body-size}.)
 */
@ApplicationScoped
public class BodySizeGuard {

    private final long maxBytes;

    public BodySizeGuard(@ConfigProperty(name = "refugio.http.max-body-bytes", defaultValue = "10485760") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > maxBytes) {
                        Locale locale = ProblemMessages.ofHeader(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
                        ctx.response().setStatusCode(413)
                                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                                .putHeader("Content-Language", ProblemMessages.tag(locale))
                                .putHeader(HttpHeaders.CONNECTION, "close")
                                .end("{\"type\":\"https://refugio.gob.pa/problems/payload-too-large\","
                                        + "\"title\":\"" + ProblemMessages.text("payload-too-large.title", locale)
                                        + "\",\"status\":413,\"detail\":\""
                                        + ProblemMessages.text("payload-too-large.detail", locale, maxBytes) + "\"}");
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // let the HTTP layer refuse it
                }
            }
            ctx.next();
        });
    }
}
