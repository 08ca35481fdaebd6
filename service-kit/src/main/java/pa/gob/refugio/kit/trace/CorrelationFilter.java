package pa.gob.refugio.kit.trace;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Reads the caller's correlation id and echoes it on every response. */
public class CorrelationFilter {

    private final RequestTrace trace;

    public CorrelationFilter(RequestTrace trace) {
        this.trace = trace;
    }

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        trace.begin(request.getHeaderString(RequestTrace.HEADER));
    }

    @ServerResponseFilter
    public void onResponse(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestTrace.HEADER, trace.correlationId().toString());
    }
}
