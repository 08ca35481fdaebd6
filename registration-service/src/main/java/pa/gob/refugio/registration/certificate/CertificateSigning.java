package pa.gob.refugio.registration.certificate;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.signing.PublishedSigningKeys;
import pa.gob.refugio.kit.signing.SealedPayload;
import pa.gob.refugio.kit.signing.SigningKeyRing;

/**
 * What a certificate's QR code carries: a {@link SealedPayload} of issuer {@code ONPAR}, type {@code ASC}, facts
 * {@code certificateNumber|validFrom|validUntil} ({@code yyyyMMdd}), signed with registration's own Ed25519 key
 * ({@code REFUGIO_REGISTRATION_SIGNING_KEY}, {@code _KEY_ID}, retired public keys); the public keys are at
 * {@code /.well-known/jwks.json}. The HMAC {@code v1.} tokens of certificates printed before still verify online
 * ({@link CertificateToken}). Production refuses to start without the key.
 */
@Startup
@ApplicationScoped
public class CertificateSigning implements PublishedSigningKeys {

    public static final String ISSUER = "ONPAR";
    public static final String TYPE = "ASC";
    static final String KEY_VARIABLE = "REFUGIO_REGISTRATION_SIGNING_KEY";
    private static final Logger LOG = Logger.getLogger(CertificateSigning.class);

    private final SigningKeyRing keys;
    private final SealedPayload seals;
    private final CertificateToken legacyTokens;

    public CertificateSigning(CertificateSigningSettings settings,
                              @ConfigProperty(name = "refugio.registration.certificate-key") String legacyKey) {
        keys = SigningKeyRing.fromConfiguration(KEY_VARIABLE, settings.key(), settings.keyId(),
                settings.retiredPublicKeys(), LaunchMode.current() == LaunchMode.NORMAL);
        seals = new SealedPayload(keys, ISSUER);
        legacyTokens = new CertificateToken(legacyKey);
        LOG.infof("Certificates' QR codes signed with key '%s' (Ed25519); keys believed: %s", keys.activeKeyId(),
                keys.publicKeys().keySet());
    }

    @Override
    public SigningKeyRing signingKeys() {
        return keys;
    }

    /** The seal of a certificate. */
    public String sealOf(Certificate c) {
        return seals.seal(TYPE, c.number(), SealedPayload.date(c.validFrom()), SealedPayload.date(c.validUntil()));
    }

    /** The certificate number of a genuine seal, or of a genuine HMAC {@code v1.} token; empty for anything else. */
    public Optional<String> certificateNumberOf(String token) {
        if (SealedPayload.looksLikeSeal(token)) {
            return seals.open(token).filter(s -> TYPE.equals(s.type()) && s.facts().size() == 3).map(s -> s.fact(0));
        }
        return legacyTokens.verify(token).map(CertificateToken.Claims::certificateNumber);
    }
}
