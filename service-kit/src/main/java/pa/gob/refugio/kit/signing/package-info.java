/**
 * Signing what a service prints, for offline verification (issue 13, "documents people carry").
 *
 * <ul>
 *   <li>{@link pa.gob.refugio.kit.signing.SigningKeyRing}: the active Ed25519 private key (PKCS#8, base64) with its
 *       key id, and retired public keys (X.509, base64) that still verify; built with
 *       {@code SigningKeyRing.fromConfiguration(variable, key, keyId, retired, production)}, which refuses to start
 *       in production without a key (naming the variable) and generates one, with a warning, in dev and test.</li>
 *   <li>{@link pa.gob.refugio.kit.signing.SealedPayload}: the QR code's payload, in the spirit of ICAO's Visible
 *       Digital Seal: {@code base64url("RF1|issuer|kid|type|facts…") "." base64url(Ed25519 signature)}.</li>
 *   <li>{@link pa.gob.refugio.kit.signing.Jwks} and {@link pa.gob.refugio.kit.signing.JwksResource}:
 *       {@code GET /.well-known/jwks.json} (public, {@code Cache-Control: public, max-age=3600}, RFC 7517/8037
 *       OKP/Ed25519), present in a service built with {@code refugio.signing.jwks.enabled=true} (a build-time
 *       property) that has one {@link pa.gob.refugio.kit.signing.PublishedSigningKeys} bean.</li>
 * </ul>
 * Used by registration-service (certificates, issuer {@code ONPAR}) and documents-service (provisional IDs and refugee
 * documents, issuer {@code SNM}); format byte by byte: docs/services/documents-service.md.
 */
package pa.gob.refugio.kit.signing;
