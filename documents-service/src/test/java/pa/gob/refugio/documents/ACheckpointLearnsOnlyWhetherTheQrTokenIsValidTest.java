package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.signing.SigningKeyRing;
import pa.gob.refugio.documents.verification.VerificationToken;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.DocumentSuperseded;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.rules.validity.DocumentValidity;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 11, item 2: the QR code carries a token signed by SNM; the public answer is valid or not valid, the same
 * shape and status for an unknown, forged, revoked, superseded or expired document; a number alone proves nothing.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ACheckpointLearnsOnlyWhetherTheQrTokenIsValidTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(PanamaClock.PANAMA);

    private static String answer(String token) {
        return given().when().get("/api/v1/verification/" + token)
                .then().statusCode(200).contentType("application/json").extract().asString().replace(" ", "");
    }

    @Test
    void everyDocumentThatIsNotInForceAnswersTheSameAsAForgery() {
        UUID caseId = UUID.randomUUID();
        UUID recognised = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID expiredCase = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(recognised, rejected), TODAY.minusDays(10)));
            List<ProvisionalIdIssued> issued = log.await(ProvisionalIdIssued.class, caseId, 2, WAIT);
            String supersededNumber = issued.stream().filter(i -> i.memberId().equals(recognised)).findFirst()
                    .orElseThrow().documentNumber();
            String revokedNumber = issued.stream().filter(i -> i.memberId().equals(rejected)).findFirst()
                    .orElseThrow().documentNumber();
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    List.of(recognised), "1951 Convention", TODAY));
            String refugeeNumber = log.awaitOne(RefugeeDocumentIssued.class, caseId).documentNumber();
            log.awaitOne(DocumentSuperseded.class, caseId);
            Publish.event(new RejectionBecameFinalV2(Publish.metadata(RejectionBecameFinalV2.class, caseId),
                    UUID.randomUUID(), List.of(rejected), RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                    TODAY));
            log.awaitOne(DocumentRevoked.class, caseId);

            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, expiredCase),
                    UUID.randomUUID(), List.of(UUID.randomUUID()), TODAY.minusMonths(7)));
            String expiredNumber = log.awaitOne(ProvisionalIdIssued.class, expiredCase).documentNumber();

            // in force: valid, the kind and the last day, nothing else (no number, name, case or status word)
            String valid = answer(Checkpoint.tokenOf(refugeeNumber));
            assertEquals("{\"valid\":true,\"kind\":\"REFUGEE_DOCUMENT\",\"validUntil\":\""
                    + DocumentValidity.lastDay(TODAY, 12) + "\"}", valid);

            // superseded (recognised!), revoked (finally rejected), expired, forged, unknown, a bare number: alike
            String forged = new VerificationToken(SigningKeyRing.generate("k1")).sign(refugeeNumber);
            List<String> tokens = List.of(Checkpoint.tokenOf(supersededNumber), Checkpoint.tokenOf(revokedNumber),
                    Checkpoint.tokenOf(expiredNumber), forged, "SP-2026-000001", supersededNumber,
                    Checkpoint.tokenOf(refugeeNumber).replace('.', 'x'));
            List<String> answers = new ArrayList<>();
            for (String token : tokens) {
                answers.add(answer(token));
            }
            assertEquals(Set.of("{\"valid\":false}"), Set.copyOf(answers), answers.toString());
        }
    }

    @Test
    void onlySnmReadsTheTokenItPrints() {
        UUID caseId = UUID.randomUUID();
        String number;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(UUID.randomUUID()), TODAY));
            number = log.awaitOne(ProvisionalIdIssued.class, caseId).documentNumber();
        }
        String path = "/api/v1/documents/" + number + "/verification-token";
        String token = given().auth().oauth2(Tokens.of(Roles.SNM)).when().get(path).then().statusCode(200)
                .body("documentNumber", equalTo(number)).body("kind", equalTo("PROVISIONAL_ID"))
                .body("keyId", equalTo("k1")).body("caseId", equalTo(caseId.toString()))
                .body("qrText", startsWith("https://refugio.gob.pa/api/v1/verification/"))
                .extract().path("token");
        assertTrue(token.length() < 130, token);
        given().when().get(path).then().statusCode(401);
        for (String role : List.of(Roles.ONPAR_REGISTRATION, Roles.PARTNER_NGO, Roles.CONARE)) {
            given().auth().oauth2(Tokens.of(role)).when().get(path).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/SP-1999-ZZZZZZZZZ/verification-token")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void newNumbersAreRandomAndUnrelated() {
        UUID caseId = UUID.randomUUID();
        List<UUID> members = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), members, TODAY));
            Set<String> numbers = log.await(ProvisionalIdIssued.class, caseId, 4, WAIT).stream()
                    .map(ProvisionalIdIssued::documentNumber).collect(Collectors.toSet());
            assertEquals(4, numbers.size());
            for (String n : numbers) {
                assertTrue(pa.gob.refugio.kit.numbering.RandomNumbers.wellFormed(n), n);
                assertTrue(n.startsWith("SP-" + TODAY.getYear() + "-"), n);
            }
            assertEquals(4, numbers.stream().map(n -> n.substring(8, 11)).distinct().count(),
                    "one family's numbers share no leading characters: " + numbers);
        }
    }
}
