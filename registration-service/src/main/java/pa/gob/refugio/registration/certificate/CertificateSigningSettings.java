package pa.gob.refugio.registration.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** The keys of the certificates' QR seals (docs/services/registration-service.md "Certificates verified offline"). */
@ConfigMapping(prefix = "refugio.registration.signing")
public interface CertificateSigningSettings {

    /**
     * {@code REFUGIO_REGISTRATION_SIGNING_KEY}: the active Ed25519 private key, PKCS#8 DER in base64
     * ({@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}). Required in production; dev and test
     * generate one at start.
     */
    Optional<String> key();

    /** {@code REFUGIO_REGISTRATION_SIGNING_KEY_ID}: the id seals name their key by (letters, digits, '-', '_'). */
    @WithDefault("k1")
    String keyId();

    /**
     * {@code refugio.registration.signing.retired-public-keys."<keyId>"} (environment
     * {@code REFUGIO_REGISTRATION_SIGNING_RETIRED_PUBLIC_KEYS_<ID>}): public keys (X.509, base64) of former active
     * keys, so that certificates printed before a rotation keep verifying.
     */
    Map<String, String> retiredPublicKeys();
}
