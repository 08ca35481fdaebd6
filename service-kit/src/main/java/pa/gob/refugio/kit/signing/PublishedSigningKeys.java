package pa.gob.refugio.kit.signing;

/**
 * Implemented by the one bean of a service that signs what it prints: the keys {@code GET /.well-known/jwks.json}
 * ({@link JwksResource}, enabled with {@code refugio.signing.jwks.enabled=true}) publishes.
 */
public interface PublishedSigningKeys {

    SigningKeyRing signingKeys();
}
