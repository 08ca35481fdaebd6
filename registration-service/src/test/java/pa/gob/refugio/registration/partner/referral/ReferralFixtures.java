package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.TestEvents;
import pa.gob.refugio.testing.Tokens;

/** Families, referral bodies and published events for the referral tests. */
final class ReferralFixtures {

    static final String HIAS = Tokens.of(Roles.PARTNER_NGO, "HIAS");
    static final String NRC = Tokens.of(Roles.PARTNER_NGO, "NRC");
    static final String ONPAR = Tokens.of(Roles.ONPAR_REGISTRATION);

    private ReferralFixtures() {
    }

    static String uniqueSurname() {
        StringBuilder sb = new StringBuilder("R");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Registers a family of two adults and a child at ONPAR Balboa; returns the registration response. */
    static JsonPath registerFamily() {
        String f = uniqueSurname();
        String body = """
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s",
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "Ana", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "1991-01-02", "nationalities": ["VEN"]},
                   {"role": "SPOUSE_OR_PARTNER", "givenNames": "Luis", "familyNames": "%s", "sex": "M",
                    "dateOfBirth": "1988-02-03", "nationalities": ["VEN"]},
                   {"role": "CHILD", "givenNames": "Sofía", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "2017-04-05", "nationalities": ["VEN"], "responsibleAdult": 0}
                 ]}""".formatted(LocalDate.now().minusDays(10), f, f, f);
        return given().auth().oauth2(ONPAR).contentType("application/json").body(body)
                .when().post("/api/v1/applications")
                .then().statusCode(201).extract().jsonPath();
    }

    static UUID caseId(JsonPath registered) {
        return UUID.fromString(registered.getString("application.caseId"));
    }

    static String consent(String scopes) {
        return """
                {"purpose": "Referral to ONPAR for registration as an asylum seeker", "scopes": [%s],
                 "givenOn": "%s", "takenBy": "caseworker 17"}""".formatted(scopes, LocalDate.now().minusDays(1));
    }

    static String referral(String givenNames, String consentJson) {
        return """
                {"partnerReference": "FILE-%s",
                 "person": {"givenNames": "%s", "familyNames": "%s", "dateOfBirth": "1990-05-06",
                            "nationalities": ["VEN", "COL"], "contactChannel": "WhatsApp +507 6000-0000",
                            "needsSummary": "Survivor of violence; needs psychosocial support"}%s}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), givenNames, uniqueSurname(),
                        consentJson == null ? "" : ", \"consent\": " + consentJson);
    }

    /** Creates a referral as {@code partnerToken} with both REFER_TO_ONPAR and SHARE_STATUS_UPDATES; returns its id. */
    static UUID refer(String partnerToken) {
        return refer(partnerToken, "\"REFER_TO_ONPAR\", \"SHARE_STATUS_UPDATES\"");
    }

    static UUID refer(String partnerToken, String scopes) {
        String id = given().auth().oauth2(partnerToken).contentType("application/json")
                .body(referral("Carmen", consent(scopes)))
                .when().post("/api/v1/referrals")
                .then().statusCode(201).extract().path("referralId");
        return UUID.fromString(id);
    }

    static void accept(UUID referral, UUID caseId) {
        given().auth().oauth2(ONPAR).contentType("application/json").body("{\"caseId\": \"" + caseId + "\"}")
                .when().post("/api/v1/referrals/" + referral + "/acceptance")
                .then().statusCode(200);
    }

    static JsonPath partnerView(String partnerToken, UUID referral) {
        return given().auth().oauth2(partnerToken).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).extract().jsonPath();
    }

    static EventMetadata meta(Class<? extends DomainEvent> type, UUID caseId) {
        return EventMetadata.create(type, caseId, new Trace(UUID.randomUUID(), null), Instant.now());
    }

    /** Publishes a real CloudEvents record to the test broker, as another service's outbox relay would. */
    static void publish(DomainEvent event) {
        TestEvents.publish(event);
    }

    /** Waits until the case's timeline (ONPAR's status endpoint) holds an event of {@code type}. */
    static void awaitTimeline(UUID caseId, String type) {
        await(() -> given().auth().oauth2(ONPAR).when().get("/api/v1/applications/" + caseId + "/status")
                .then().statusCode(200).extract().jsonPath().getList("timeline.type").contains(type));
    }

    static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 60 s");
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
