package pa.gob.refugio.documents.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.signing.SigningKeyRing;

class QrTokensAreSignedCompactAndVerifiableWithThePublicKeyAloneTest {

    private static final String NUMBER = "SP-2026-7K3M9QX2T";

    @Test
    void aTokenNamesItsKeyAndDocumentAndIsCompact() {
        VerificationToken tokens = new VerificationToken(SigningKeyRing.generate("k2026"));
        String token = tokens.sign(NUMBER);
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        assertTrue(token.length() < 130, token.length() + " characters");
        assertEquals(Optional.of(new VerificationToken.Claims("k2026", NUMBER)), tokens.verify(token));
        assertEquals(token, tokens.sign(NUMBER), "Ed25519 is deterministic: a reprint carries the same token");
    }

    @Test
    void anAlteredForgedOrForeignTokenSaysNothing() {
        VerificationToken tokens = new VerificationToken(SigningKeyRing.generate("k1"));
        String token = tokens.sign(NUMBER);
        String[] parts = token.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String otherNumber = b64.encodeToString("v1|k1|SP-2026-000002".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[]{
                otherNumber + "." + parts[1],                                   // another number, same signature
                parts[0] + "." + parts[1].substring(0, 10) + (parts[1].charAt(10) == 'A' ? 'B' : 'A')
                        + parts[1].substring(11),                               // altered signature
                new VerificationToken(SigningKeyRing.generate("k1")).sign(NUMBER), // another key, same key id
                new VerificationToken(SigningKeyRing.generate("k9")).sign(NUMBER), // an unknown key id
                "SP-2026-000001", "", ".", token + ".x", "v1." + token, "%%%.***", "A".repeat(600)}) {
            assertEquals(Optional.empty(), tokens.verify(bad), bad);
        }
        assertEquals(Optional.empty(), tokens.verify(null));
    }

    @Test
    void theConfiguredKeySignsAndARetiredKeyStillVerifiesAfterARotation() {
        String[] old = SigningKeyRing.newKeyPair();
        String oldToken = new VerificationToken(SigningKeyRing.of("KEY", "k1", old[0], Map.of())).sign(NUMBER);

        String[] current = SigningKeyRing.newKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + current[0] + "\n-----END PRIVATE KEY-----\n";
        SigningKeyRing rotated = SigningKeyRing.of("KEY", "k2", pem, Map.of("k1", old[1]));
        VerificationToken tokens = new VerificationToken(rotated);
        assertEquals("k2", tokens.verify(tokens.sign(NUMBER)).orElseThrow().keyId());
        assertEquals("k1", tokens.verify(oldToken).orElseThrow().keyId());

        VerificationToken withoutRetired = new VerificationToken(SigningKeyRing.of("KEY", "k2", current[0], Map.of()));
        assertEquals(Optional.empty(), withoutRetired.verify(oldToken), "a key no longer listed is no longer believed");

        assertThrows(IllegalStateException.class, () -> SigningKeyRing.of("KEY", "k1", "bm90IGEga2V5", Map.of()));
        assertThrows(IllegalStateException.class, () -> SigningKeyRing.of("KEY", "k|1", current[0], Map.of()));
    }

    /** What a checkpoint's offline reader (issue 13) will do: nothing but the JDK and the published public key. */
    @Test
    void aPlainJdkSignatureCheckWithThePublicKeyAloneVerifiesAToken() throws Exception {
        String[] pair = SigningKeyRing.newKeyPair();
        String token = new VerificationToken(SigningKeyRing.of("KEY", "k1", pair[0], Map.of())).sign(NUMBER);

        PublicKey published = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pair[1])));
        String[] parts = token.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(published);
        check.update(payload);
        assertTrue(check.verify(Base64.getUrlDecoder().decode(parts[1])));
        assertEquals("v1|k1|" + NUMBER, new String(payload, StandardCharsets.UTF_8));
    }
}
