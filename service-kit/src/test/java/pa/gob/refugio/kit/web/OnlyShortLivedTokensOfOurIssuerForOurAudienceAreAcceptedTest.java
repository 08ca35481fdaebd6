package pa.gob.refugio.kit.web;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.infra.LocalSigningKey;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 11, item 3: a token is accepted only when it is signed (RS256) by the configured key under its key id, by the
 * configured issuer, for the configured audience, issued not in the future, not expired and at most 1 h long.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class OnlyShortLivedTokensOfOurIssuerForOurAudienceAreAcceptedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String path() {
        return "/api/v1/kit-test/cases/" + UUID.randomUUID() + "/registration-only";
    }

    private static void answers(int status, String token) {
        given().auth().oauth2(token).get(path()).then().statusCode(status);
    }

    private static Map<String, Object> claims(long iat, long exp) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", LocalSigningKey.ISSUER);
        claims.put("aud", LocalSigningKey.AUDIENCE);
        claims.put("sub", "negative-test");
        claims.put("groups", List.of(Roles.ONPAR_REGISTRATION));
        claims.put("institution", "ONPAR");
        claims.put("iat", iat);
        claims.put("exp", exp);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    private static Map<String, Object> fresh() {
        long now = Instant.now().getEpochSecond();
        return claims(now, now + 600);
    }

    private static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        if (kid != null) {
            header.put("kid", kid);
        }
        return header;
    }

    private static String signed(Map<String, Object> header, Map<String, Object> claims, PrivateKey key)
            throws Exception {
        String input = b64(JSON.writeValueAsBytes(header)) + "." + b64(JSON.writeValueAsBytes(claims));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(rs256.sign());
    }

    private static String ours(Map<String, Object> claims) throws Exception {
        return signed(header("RS256", LocalSigningKey.KEY_ID), claims, RealInfrastructure.signingKey().privateKey());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey otherKey() throws GeneralSecurityException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return rsa.generateKeyPair().getPrivate();
    }

    @Test
    void aFreshTokenOfOurIssuerForOurAudienceIsAccepted() throws Exception {
        answers(200, Tokens.of(Roles.ONPAR_REGISTRATION));
        answers(200, ours(fresh()));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        Map<String, Object> claims = fresh();
        claims.put("iss", "https://someone-else.example/issuer");
        answers(401, ours(claims));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        answers(401, ours(claims(now - 1800, now - 600)));
    }

    @Test
    void aTokenWithoutOurAudienceIsRefused() throws Exception {
        Map<String, Object> none = fresh();
        none.remove("aud");
        answers(401, ours(none));
        Map<String, Object> other = fresh();
        other.put("aud", "another-system");
        answers(401, ours(other));
    }

    @Test
    void aTokenLongerLivedThanAnHourIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        answers(401, ours(claims(now, now + 2 * 3600)));
        answers(401, ours(claims(now, now + 365L * 24 * 3600)));
        answers(200, ours(claims(now, now + 3600)));
    }

    @Test
    void aTokenIssuedInTheFutureOrLongAgoIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        long nextYear = now + 365L * 24 * 3600;
        answers(401, ours(claims(nextYear, nextYear + 600)));
        answers(200, ours(claims(now + 20, now + 620))); // within the clock skew of 30 s
        Map<String, Object> noIat = fresh();
        noIat.remove("iat");
        answers(401, ours(noIat));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String unsigned = b64(JSON.writeValueAsBytes(header("none", null))) + "."
                + b64(JSON.writeValueAsBytes(fresh())) + ".";
        answers(401, unsigned);
        String unsignedWithKid = b64(JSON.writeValueAsBytes(header("none", LocalSigningKey.KEY_ID))) + "."
                + b64(JSON.writeValueAsBytes(fresh())) + ".";
        answers(401, unsignedWithKid);
    }

    @Test
    void aTokenOfAnUnknownKeyIdOrAnotherKeyIsRefused() throws Exception {
        PrivateKey other = otherKey();
        answers(401, signed(header("RS256", "someone-elses-key"), fresh(), other));
        answers(401, signed(header("RS256", LocalSigningKey.KEY_ID), fresh(), other));
        answers(401, signed(header("RS256", "someone-elses-key"), fresh(),
                RealInfrastructure.signingKey().privateKey()));
        answers(401, signed(header("RS256", null), fresh(), RealInfrastructure.signingKey().privateKey()));
    }
}
