package pa.gob.refugio.kit.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.web.KitTestResource;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class RepeatedPostWithTheSameIdempotencyKeyGetsTheFirstResponseTest {

    @Inject
    IdempotencyStore store;
    @Inject
    AgroalDataSource dataSource;

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);

    private static Response post(String token, String key, String path, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(path);
    }

    private static int runs(String note) {
        var counter = KitTestResource.RUNS.get(note);
        return counter == null ? 0 : counter.get();
    }

    @Test
    void theSameRequestAgainReplaysStatusBodyAndLocationWithoutRunningAgain() {
        String note = "replay-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}");
        first.then().statusCode(201).header("Location", endsWith(first.jsonPath().getString("caseId")));

        Response again = post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .contentType(ContentType.JSON);
        assertEquals(first.jsonPath().getString("caseId"), again.jsonPath().getString("caseId"));
        assertEquals(first.asString(), again.asString());
        assertEquals(1, runs(note), "the use case ran once");
    }

    @Test
    void theStoredRecordHoldsNoClearCopyOfTheRequestOrTheResponse() throws Exception {
        String note = "Pasaporte-MARKER-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}");
        first.then().statusCode(201).body("note", equalTo(note));
        String row;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("select t::text, encode(body, 'escape') from idempotency_record t"
                     + " where idempotency_key = '" + key + "'")) {
            org.junit.jupiter.api.Assertions.assertTrue(r.next());
            row = r.getString(1) + " " + r.getString(2);
        }
        org.junit.jupiter.api.Assertions.assertFalse(row.contains("MARKER"), "no clear copy: " + row);
        org.junit.jupiter.api.Assertions.assertTrue(row.contains("v2:"), "the body is stored encrypted");
        // ...and the replay still answers the first response in full
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("note", equalTo(note));
    }

    @Test
    void anotherBodyUnderTheSameKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"first-" + key + "\"}").then().statusCode(201);
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"second-" + key + "\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/idempotency-key-reused"))
                .body("idempotencyKey", equalTo(key));
        assertEquals(0, runs("second-" + key));
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequestAndRefused() {
        String key = UUID.randomUUID().toString();
        String body = "{\"note\":\"path-" + key + "\"}";
        post(OFFICER, key, "/api/v1/kit-test/cases", body).then().statusCode(201);
        post(OFFICER, key, "/api/v1/kit-test/rules", body).then().statusCode(422)
                .body("type", equalTo("https://refugio.gob.pa/problems/idempotency-key-reused"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String note = "callers-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}").then().statusCode(201);
        post(Tokens.of(Roles.PARTNER_NGO, "IDEMPOTENCY-NGO"), key, "/api/v1/kit-test/cases",
                "{\"note\":\"" + note + "\"}").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(2, runs(note));
    }

    @Test
    void postsWithoutAKeyRunEveryTime() {
        String note = "nokey-" + UUID.randomUUID();
        post(OFFICER, null, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}").then().statusCode(201);
        post(OFFICER, null, "/api/v1/kit-test/cases", "{\"note\":\"" + note + "\"}").then().statusCode(201);
        assertEquals(2, runs(note));
    }

    @Test
    void aRefusalByARuleIsReplayedToo() {
        String note = "rule-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(OFFICER, key, "/api/v1/kit-test/rules", "{\"note\":\"" + note + "\"}").then().statusCode(422)
                .body("type", equalTo("https://refugio.gob.pa/problems/sample-rule"));
        post(OFFICER, key, "/api/v1/kit-test/rules", "{\"note\":\"" + note + "\"}").then().statusCode(422)
                .header("Idempotent-Replayed", "true")
                .contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/sample-rule"));
        assertEquals(1, runs(note));
    }

    @Test
    void anInvalidRequestDoesNotKeepTheKeyFromAValidOneWithTheSameBody() {
        String key = UUID.randomUUID().toString();
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"\"}").then().statusCode(400);
        post(OFFICER, key, "/api/v1/kit-test/cases", "{\"note\":\"\"}").then().statusCode(400)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void aDuplicateWhileTheFirstIsInFlightIsToldToWait() throws Exception {
        String note = "slow-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        KitTestResource.entered = new CountDownLatch(1);
        KitTestResource.release = new CountDownLatch(1);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> post(OFFICER, key, "/api/v1/kit-test/slow", "{\"note\":\"" + note + "\"}"));
        try {
            KitTestResource.entered.await(30, TimeUnit.SECONDS);
            post(OFFICER, key, "/api/v1/kit-test/slow", "{\"note\":\"" + note + "\"}").then().statusCode(409)
                    .body("type", equalTo("https://refugio.gob.pa/problems/idempotency-key-in-progress"));
        } finally {
            KitTestResource.release.countDown();
        }
        first.get(30, TimeUnit.SECONDS).then().statusCode(200);
        post(OFFICER, key, "/api/v1/kit-test/slow", "{\"note\":\"" + note + "\"}").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("note", equalTo(note));
        assertEquals(1, runs(note));
    }

    @Test
    void binaryBodiesAreHashedByTheirBytes() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) UUID.randomUUID().hashCode();
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(OFFICER).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(bytes).post("/api/v1/kit-test/uploads");
        first.then().statusCode(201).body("run", equalTo(1));
        given().auth().oauth2(OFFICER).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(bytes).post("/api/v1/kit-test/uploads")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("run", equalTo(1))
                .body("sha256", equalTo(first.jsonPath().getString("sha256")));
        byte[] other = bytes.clone();
        other[100] ^= 1;
        given().auth().oauth2(OFFICER).header("Idempotency-Key", key)
                .contentType("application/octet-stream").body(other).post("/api/v1/kit-test/uploads")
                .then().statusCode(422);
    }

    @Test
    void anUnusableKeyIsABadRequest() {
        post(OFFICER, "x".repeat(300), "/api/v1/kit-test/cases", "{\"note\":\"long\"}").then().statusCode(400)
                .body("type", equalTo("https://refugio.gob.pa/problems/idempotency-key-invalid"));
    }

    @Test
    void expiredKeysAreRemovedByHousekeepingAndFreeTheirKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String caller = "expired-" + key;
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(caller, key, "hash-a"));
        store.complete(caller, key, new IdempotencyStore.StoredResponse(201, "application/json", null, new byte[0]));
        assertInstanceOf(IdempotencyStore.Reused.class, store.claim(caller, key, "hash-b"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update idempotency_record set expires_at = now() - interval '1 minute'"
                    + " where idempotency_key = '" + key + "'");
        }
        assertEquals(true, store.purgeExpired() >= 1);
        assertInstanceOf(IdempotencyStore.Claimed.class, store.claim(caller, key, "hash-b"));
        IdempotencyStore.Claim again = store.claim(caller, key, "hash-b");
        assertInstanceOf(IdempotencyStore.InProgress.class, again);
        store.release(caller, key);
        assertNull(null);
    }
}
