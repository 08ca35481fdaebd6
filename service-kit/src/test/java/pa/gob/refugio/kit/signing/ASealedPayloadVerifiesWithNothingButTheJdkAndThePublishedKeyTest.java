package pa.gob.refugio.kit.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ASealedPayloadVerifiesWithNothingButTheJdkAndThePublishedKeyTest {

    private static final String NUMBER = "SA-2026-7K3M9QX2T";

    @Test
    void aSealNamesItsIssuerKeyAndTypeCarriesTheFactsAndFitsASmallQrCode() {
        SealedPayload seals = new SealedPayload(SigningKeyRing.generate("k2026"), "ONPAR");
        String seal = seals.seal("ASC", NUMBER, SealedPayload.date(LocalDate.of(2026, 11, 30)),
                SealedPayload.date(LocalDate.of(2027, 5, 29)));
        assertTrue(seal.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), seal);
        assertTrue(seal.length() < 170, seal.length() + " characters");
        SealedPayload.Seal opened = seals.open(seal).orElseThrow();
        assertEquals(new SealedPayload.Seal("ONPAR", "k2026", "ASC", List.of(NUMBER, "20261130", "20270529")), opened);
        assertEquals(LocalDate.of(2027, 5, 29), opened.date(2));
        assertEquals(seal, seals.seal("ASC", NUMBER, "20261130", "20270529"), "Ed25519 is deterministic");
        assertTrue(SealedPayload.looksLikeSeal(seal));
        assertFalse(SealedPayload.looksLikeSeal("v1.abc.def"));
        for (String notASeal : new String[]{"a.b", "A.B", "abcde.x", "", ".", null, "A".repeat(600) + ".x"}) {
            assertFalse(SealedPayload.looksLikeSeal(notASeal), String.valueOf(notASeal));
        }
    }

    @Test
    void anAlteredForgedForeignOrMalformedSealSaysNothing() {
        SigningKeyRing ring = SigningKeyRing.generate("k1");
        SealedPayload seals = new SealedPayload(ring, "SNM");
        String seal = seals.seal("PID", NUMBER, "20270530");
        String[] parts = seal.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String otherBody = b64.encodeToString(("RF1|SNM|k1|PID|" + NUMBER + "|20991231").getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[]{
                otherBody + "." + parts[1],
                parts[0] + "." + parts[1].substring(0, 10) + (parts[1].charAt(10) == 'A' ? 'B' : 'A')
                        + parts[1].substring(11),
                new SealedPayload(SigningKeyRing.generate("k1"), "SNM").seal("PID", NUMBER, "20270530"),
                new SealedPayload(SigningKeyRing.generate("k9"), "SNM").seal("PID", NUMBER, "20270530"),
                new SealedPayload(ring, "ONPAR").seal("PID", NUMBER, "20270530"),
                NUMBER, "", ".", seal + ".x", "%%%.***", "A".repeat(600)}) {
            assertEquals(Optional.empty(), seals.open(bad), bad);
        }
        assertEquals(Optional.empty(), seals.open(null));
        assertThrows(IllegalArgumentException.class, () -> seals.seal("PID", "a|b"));
        assertThrows(IllegalArgumentException.class, () -> seals.seal("PID", "María"));
    }

    @Test
    void aSealOfARetiredKeyVerifiesAfterARotationAndOfARemovedKeyNoLonger() {
        String[] old = SigningKeyRing.newKeyPair();
        String oldSeal = new SealedPayload(SigningKeyRing.of("KEY", "k1", old[0], Map.of()), "SNM").seal("PID", NUMBER);

        String[] current = SigningKeyRing.newKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + current[0] + "\n-----END PRIVATE KEY-----\n";
        SigningKeyRing rotated = SigningKeyRing.of("KEY", "k2", pem, Map.of("k1", old[1]));
        SealedPayload seals = new SealedPayload(rotated, "SNM");
        assertEquals("k2", seals.open(seals.seal("PID", NUMBER)).orElseThrow().keyId());
        assertEquals("k1", seals.open(oldSeal).orElseThrow().keyId());
        assertEquals(List.of("k2", "k1"), List.copyOf(rotated.publicKeys().keySet()), "active first");

        SealedPayload withoutRetired = new SealedPayload(SigningKeyRing.of("KEY", "k2", current[0], Map.of()), "SNM");
        assertEquals(Optional.empty(), withoutRetired.open(oldSeal), "a key no longer listed is no longer believed");

        IllegalStateException unreadable = assertThrows(IllegalStateException.class,
                () -> SigningKeyRing.of("REFUGIO_X_SIGNING_KEY", "k1", "bm90IGEga2V5", Map.of()));
        assertTrue(unreadable.getMessage().contains("REFUGIO_X_SIGNING_KEY"), unreadable.getMessage());
        assertThrows(IllegalStateException.class, () -> SigningKeyRing.of("KEY", "k|1", current[0], Map.of()));
    }

    @Test
    void productionRefusesToStartWithoutAKeyNamingTheVariableAndDevGeneratesOne() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SigningKeyRing
                .fromConfiguration("REFUGIO_X_SIGNING_KEY", Optional.empty(), "k1", Map.of(), true));
        assertTrue(refused.getMessage().startsWith("REFUGIO_X_SIGNING_KEY is not set"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> SigningKeyRing
                .fromConfiguration("REFUGIO_X_SIGNING_KEY", Optional.of(" "), "k1", Map.of(), true));
        SigningKeyRing dev = SigningKeyRing.fromConfiguration("REFUGIO_X_SIGNING_KEY", Optional.empty(), "dev1",
                Map.of(), false);
        assertEquals("dev1", dev.activeKeyId());
        String[] pair = SigningKeyRing.newKeyPair();
        assertEquals("k7", SigningKeyRing.fromConfiguration("REFUGIO_X_SIGNING_KEY", Optional.of(pair[0]), "k7",
                Map.of(), true).activeKeyId());
    }

    /** What a checkpoint's offline reader does: the JWKS's x and a plain JDK signature check, nothing else. */
    @Test
    @SuppressWarnings("unchecked")
    void theJwksPublishesEveryBelievedKeyAndAPlainJdkCheckWithItsXVerifiesASeal() throws Exception {
        String[] old = SigningKeyRing.newKeyPair();
        String[] current = SigningKeyRing.newKeyPair();
        SigningKeyRing ring = SigningKeyRing.of("KEY", "k2", current[0], Map.of("k1", old[1]));
        String seal = new SealedPayload(ring, "ONPAR").seal("ASC", NUMBER, "20261130", "20270529");

        Map<String, Object> jwks = Jwks.of(ring.publicKeys());
        List<Map<String, String>> keys = (List<Map<String, String>>) jwks.get("keys");
        assertEquals(2, keys.size());
        Map<String, String> k2 = keys.get(0);
        assertEquals(Map.of("kty", "OKP", "crv", "Ed25519", "kid", "k2", "use", "sig", "alg", "EdDSA",
                "x", k2.get("x")), k2);
        assertEquals(43, k2.get("x").length(), "32 bytes in base64url");

        byte[] x509 = new byte[44];
        byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
        System.arraycopy(prefix, 0, x509, 0, 12);
        System.arraycopy(Base64.getUrlDecoder().decode(k2.get("x")), 0, x509, 12, 32);
        PublicKey published = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        String[] parts = seal.split("\\.");
        byte[] body = Base64.getUrlDecoder().decode(parts[0]);
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(published);
        check.update(body);
        assertTrue(check.verify(Base64.getUrlDecoder().decode(parts[1])));
        assertEquals("RF1|ONPAR|k2|ASC|" + NUMBER + "|20261130|20270529", new String(body, StandardCharsets.UTF_8));
        assertEquals(old[1], Base64.getEncoder().encodeToString(Jwks.publicKeyX509(keys.get(1).get("x"))));
    }
}
