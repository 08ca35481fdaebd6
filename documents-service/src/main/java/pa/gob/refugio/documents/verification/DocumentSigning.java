package pa.gob.refugio.documents.verification;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.kit.signing.PublishedSigningKeys;
import pa.gob.refugio.kit.signing.SealedPayload;
import pa.gob.refugio.kit.signing.SigningKeyRing;

/**
 * The service's signer, built at start: from {@code REFUGIO_DOCUMENTS_SIGNING_KEY} (and its key id, and retired public
 * keys); in production (launch mode NORMAL) the service refuses to start without it; dev and test generate a key
 * pair. Its public keys are published at {@code /.well-known/jwks.json} (kit {@code JwksResource}).
 *
 * <p>What a printed document's QR code carries is a {@link SealedPayload} of issuer {@code SNM}: type {@code PID}
 * (provisional ID) or {@code RDC} (refugee document), facts {@code documentNumber|validFrom|validUntil}
 * ({@code yyyyMMdd}). The first tokens ({@link VerificationToken}, {@code v1|kid|number}) still verify online.
 */
@Startup
@ApplicationScoped
public class DocumentSigning implements PublishedSigningKeys {

    /** Who signs: the issuer field of the seal. */
    public static final String ISSUER = "SNM";
    static final String KEY_VARIABLE = "REFUGIO_DOCUMENTS_SIGNING_KEY";
    private static final Logger LOG = Logger.getLogger(DocumentSigning.class);

    private final SigningKeyRing keys;
    private final VerificationToken tokens;
    private final SealedPayload seals;
    private final String verificationUrl;

    public DocumentSigning(SigningSettings settings,
                           @ConfigProperty(name = "refugio.documents.verification-url") String verificationUrl) {
        keys = SigningKeyRing.fromConfiguration(KEY_VARIABLE, settings.key(), settings.keyId(),
                settings.retiredPublicKeys(), LaunchMode.current() == LaunchMode.NORMAL);
        tokens = new VerificationToken(keys);
        seals = new SealedPayload(keys, ISSUER);
        this.verificationUrl = verificationUrl;
        LOG.infof("Documents' QR codes signed with key '%s' (Ed25519); keys believed: %s",
                keys.activeKeyId(), keys.publicKeys().keySet());
    }

    /** The seal type of a kind of document. */
    public static String typeOf(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID ? "PID" : "RDC";
    }

    @Override
    public SigningKeyRing signingKeys() {
        return keys;
    }

    /** The first form of token (v1), still what {@code GET .../verification-token} answers. */
    public String tokenOf(String documentNumber) {
        return tokens.sign(documentNumber);
    }

    /** The seal a printed document's QR code carries. */
    public String sealOf(String documentNumber, DocumentKind kind, LocalDate validFrom, LocalDate validUntil) {
        return seals.seal(typeOf(kind), documentNumber, SealedPayload.date(validFrom), SealedPayload.date(validUntil));
    }

    /** What the QR code holds: the public verification address with the token or seal. */
    public String qrTextOf(String token) {
        return verificationUrl + token;
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }

    /** The document number of a genuine v1 token or seal; empty for anything else. */
    public Optional<String> documentNumberOf(String token) {
        if (SealedPayload.looksLikeSeal(token)) {
            return seals.open(token).filter(s -> s.type().equals("PID") || s.type().equals("RDC"))
                    .filter(s -> !s.facts().isEmpty()).map(s -> s.fact(0));
        }
        return tokens.verify(token).map(VerificationToken.Claims::documentNumber);
    }
}
