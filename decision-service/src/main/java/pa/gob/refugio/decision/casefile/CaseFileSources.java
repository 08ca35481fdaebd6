package pa.gob.refugio.decision.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * The two read endpoints the case file is composed from, called with the caller's own token (each service checks
 * the role and audits the read itself): registration-service {@code GET /api/v1/applications/{caseId}},
 * interview-service {@code GET /api/v1/cases/{caseId}/interviews} and {@code GET /api/v1/interviews/{id}}. Short
 * timeouts; anything but a 200 (down, slow, 5xx, a refusal) is a 503 {@code source-unavailable} naming the service,
 * with {@code Retry-After}: the file is complete or not given.
 */
@ApplicationScoped
public class CaseFileSources {

    private static final Logger LOG = Logger.getLogger(CaseFileSources.class);

    static final String REGISTRATION = "registration-service";
    static final String INTERVIEW = "interview-service";

    private final String registrationUrl;
    private final String interviewUrl;
    private final Duration timeout;
    private final int retryAfterSeconds;
    private final ObjectMapper json;
    private final HttpClient http;

    public CaseFileSources(@ConfigProperty(name = "refugio.decision.registration-url") String registrationUrl,
                           @ConfigProperty(name = "refugio.decision.interview-url") String interviewUrl,
                           @ConfigProperty(name = "refugio.decision.case-file.timeout", defaultValue = "PT3S")
                           Duration timeout,
                           @ConfigProperty(name = "refugio.decision.case-file.retry-after-seconds",
                                   defaultValue = "10") int retryAfterSeconds,
                           ObjectMapper json) {
        this.registrationUrl = strip(registrationUrl);
        this.interviewUrl = strip(interviewUrl);
        this.timeout = timeout;
        this.retryAfterSeconds = retryAfterSeconds;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Upstream.ApplicationRead application(UUID caseId, String authorization) {
        return read(REGISTRATION, registrationUrl + "/api/v1/applications/" + caseId, authorization,
                json.constructType(Upstream.ApplicationRead.class));
    }

    List<Upstream.InterviewRead> interviews(UUID caseId, String authorization) {
        return read(INTERVIEW, interviewUrl + "/api/v1/cases/" + caseId + "/interviews", authorization,
                json.getTypeFactory().constructCollectionType(List.class, Upstream.InterviewRead.class));
    }

    Upstream.InterviewRead interview(UUID interviewId, String authorization) {
        return read(INTERVIEW, interviewUrl + "/api/v1/interviews/" + interviewId, authorization,
                json.constructType(Upstream.InterviewRead.class));
    }

    private <T> T read(String service, String url, String authorization, JavaType type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("case file: %s unreachable at %s: %s", service, url, e.toString());
            throw unavailable(service, "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, "interrupted");
        }
        if (response.statusCode() != 200) {
            LOG.warnf("case file: %s answered %d at %s", service, response.statusCode(), url);
            throw unavailable(service, "status " + response.statusCode());
        }
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            LOG.warnf("case file: %s answered an unreadable body at %s: %s", service, url, e.getOriginalMessage());
            throw unavailable(service, "unreadable answer");
        }
    }

    private ProblemException unavailable(String service, String why) {
        return ProblemException.of(503, "source-unavailable",
                        Texts.of("Expediente no disponible por ahora", "Case file not available for now"),
                        Texts.of("No se pudo leer " + service + " (" + why + "): el expediente no se entrega "
                                        + "incompleto. Intente de nuevo en " + retryAfterSeconds + " segundos.",
                                "Could not read " + service + " (" + why + "): the case file is not given "
                                        + "incomplete. Try again in " + retryAfterSeconds + " seconds."))
                .with("service", service).with("retryAfterSeconds", retryAfterSeconds);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
