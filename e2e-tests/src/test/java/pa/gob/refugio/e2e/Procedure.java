package pa.gob.refugio.e2e;

import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.security.Roles;

/** The steps of the procedure as the institutions perform them over HTTP. */
final class Procedure {

    static final String REGISTRATION = "registration-service";
    static final String INTERVIEW = "interview-service";
    static final String DECISION = "decision-service";
    static final String DOCUMENTS = "documents-service";
    static final String APPEALS = "appeals-service";

    /** ONPAR registers a family: two adults and {@code children} children (or a single adult). */
    static JsonPath register(int adults, int children, LocalDate entryDate, String lateJustification) {
        String family = uniqueFamilyName();
        StringBuilder members = new StringBuilder();
        members.append(person("PRINCIPAL", "Ana María", family, "1988-03-14", null));
        if (adults > 1) {
            members.append(',').append(person("SPOUSE_OR_PARTNER", "Luis Alberto", family, "1986-07-02", null));
        }
        for (int i = 0; i < children; i++) {
            members.append(',').append(person("CHILD", "Niño " + i, family, "201" + (2 + i) + "-05-20", 0));
        }
        String body = "{\"intakeSite\": \"ONPAR Balboa\", \"entryDate\": \"" + entryDate + "\", "
                + (lateJustification == null ? "" : "\"lateFilingJustification\": \"" + lateJustification + "\", ")
                + "\"members\": [" + members + "]}";
        Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body(body).post("/api/v1/applications");
        if (r.statusCode() != 201) {
            throw new AssertionError("registration failed: " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath();
    }

    /** Every test family is a different family: registration reports possible duplicates. */
    private static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder("Rojas ");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }

    private static String person(String role, String given, String family, String born, Integer responsible) {
        return "{\"role\": \"" + role + "\", \"givenNames\": \"" + given + "\", \"familyNames\": \"" + family + "\", "
                + "\"sex\": \"F\", \"dateOfBirth\": \"" + born + "\", \"nationalities\": [\"VEN\"]"
                + (responsible == null ? "" : ", \"responsibleAdult\": " + responsible) + "}";
    }

    /** ONPAR holds every scheduled interview of the case. */
    static void interviewEveryAdult(UUID caseId, int adults) {
        List<Map<String, Object>> interviews = eventually(
                () -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + caseId + "/interviews"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("$").size() >= adults)
                .jsonPath().getList("$");
        for (Map<String, Object> interview : interviews) {
            Response r = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                    .body(Map.of("interviewer", "Oficial Gómez", "interpreterLanguage", "es",
                            "durationMinutes", 50, "summary", "Relato coherente de persecución"))
                    .post("/api/v1/interviews/" + interview.get("interviewId") + "/completion");
            if (r.statusCode() != 200) {
                throw new AssertionError("completion failed: " + r.statusCode() + " " + r.asString());
            }
        }
    }

    /** Admissibility, once decision-service has seen that the case is ready. Returns the decision id. */
    static String admit(UUID caseId) {
        return decide(caseId, "/admissibility", Roles.ONPAR_ELIGIBILITY, Map.of("outcome", "ADMITTED",
                "reasons", "Solicitud admitida a trámite"));
    }

    static String recognise(UUID caseId) {
        return decide(caseId, "/eligibility", Roles.CONARE, Map.of("outcome", "RECOGNIZED",
                "legalBasis", "CONVENTION_1951", "ground", "POLITICAL_OPINION", "reasons", "Fundado temor"));
    }

    static String reject(UUID caseId) {
        return reject(caseId, LocalDate.now());
    }

    /** CONARE's rejection, signed on {@code decidedOn} (a resolution may be recorded after it was signed). */
    static String reject(UUID caseId, LocalDate decidedOn) {
        return decide(caseId, "/eligibility", Roles.CONARE, Map.of("outcome", "REJECTED",
                "decidedOn", decidedOn.toString(), "reasons", "No se acreditan los elementos de la definición"));
    }

    private static String decide(UUID caseId, String path, String role, Map<String, Object> body) {
        Response r = eventually(() -> as(role, DECISION).body(body).post("/api/v1/cases/" + caseId + path),
                resp -> resp.statusCode() != 409 && resp.statusCode() != 404);
        if (r.statusCode() != 201) {
            throw new AssertionError(path + " failed: " + r.statusCode() + " " + r.asString());
        }
        return r.jsonPath().getString("decisionId");
    }

    static void notifyResolution(String decisionId, LocalDate notifiedOn) {
        Response r = as(Roles.ONPAR_ELIGIBILITY, DECISION)
                .body(Map.of("notifiedOn", notifiedOn.toString(), "channel", "IN_PERSON", "acknowledged", true))
                .post("/api/v1/decisions/" + decisionId + "/notification");
        if (r.statusCode() != 200) {
            throw new AssertionError("notification failed: " + r.statusCode() + " " + r.asString());
        }
    }

    /** The case's documents once {@code count} of them exist. */
    static List<Map<String, Object>> documents(UUID caseId, int count) {
        return eventually(() -> as(Roles.SNM, DOCUMENTS).get("/api/v1/cases/" + caseId + "/documents"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("$").size() >= count)
                .jsonPath().getList("$");
    }

    private Procedure() {
    }
}
