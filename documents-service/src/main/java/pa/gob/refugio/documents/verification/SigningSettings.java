package pa.gob.refugio.documents.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** The keys of the documents' verification tokens (docs/services/documents-service.md "Public verification"). */
@ConfigMapping(prefix = "refugio.documents.signing")
public interface SigningSettings {

    /**
     * {@code REFUGIO_DOCUMENTS_SIGNING_KEY}: the active Ed25519 private key, PKCS#8 in base64 (e.g.
     * {@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}). Required in production; dev and test
     * generate one at start.
     */
    Optional<String> key();

    /** {@code REFUGIO_DOCUMENTS_SIGNING_KEY_ID}: the id tokens name their key by (letters, digits, '-', '_'). */
    @WithDefault("k1")
    String keyId();

    /**
     * {@code refugio.documents.signing.retired-public-keys."<keyId>"}: public keys (X.509, base64) of former
     * active keys, so that documents printed before a rotation keep verifying.
     */
    Map<String, String> retiredPublicKeys();
}
