package pa.gob.refugio.documents.verification;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's token signer, built at start: from {@code REFUGIO_DOCUMENTS_SIGNING_KEY} (and its key id); in
 * production (launch mode NORMAL) the service refuses to start without it; dev and test generate a key pair.
 */
@Startup
@ApplicationScoped
public class DocumentSigning {

    private static final Logger LOG = Logger.getLogger(DocumentSigning.class);

    private final VerificationKeys keys;
    private final VerificationToken tokens;
    private final String verificationUrl;

    public DocumentSigning(SigningSettings settings,
                           @ConfigProperty(name = "refugio.documents.verification-url") String verificationUrl) {
        Optional<String> key = settings.key().filter(k -> !k.isBlank());
        if (key.isPresent()) {
            keys = VerificationKeys.of(settings.keyId(), key.get(), settings.retiredPublicKeys());
        } else if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("REFUGIO_DOCUMENTS_SIGNING_KEY is not set: documents-service needs the"
                    + " Ed25519 private key (PKCS#8, base64) that signs the documents' verification tokens, and"
                    + " REFUGIO_DOCUMENTS_SIGNING_KEY_ID its key id; see docs/operations.md");
        } else {
            LOG.warnf("No REFUGIO_DOCUMENTS_SIGNING_KEY (%s mode): a verification key pair '%s' was generated for"
                    + " this run only", LaunchMode.current(), settings.keyId());
            keys = VerificationKeys.generate(settings.keyId());
        }
        tokens = new VerificationToken(keys);
        this.verificationUrl = verificationUrl;
        LOG.infof("Document verification tokens signed with key '%s' (Ed25519); keys accepted: %s",
                keys.activeKeyId(), keys.publicKeys().keySet());
    }

    /** The token of a document's QR code. */
    public String tokenOf(String documentNumber) {
        return tokens.sign(documentNumber);
    }

    /** What the QR code holds: the public verification address with the token. */
    public String qrTextOf(String token) {
        return verificationUrl + token;
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }

    /** The document number of a genuine token; empty for anything else. */
    public Optional<String> documentNumberOf(String token) {
        return tokens.verify(token).map(VerificationToken.Claims::documentNumber);
    }
}
