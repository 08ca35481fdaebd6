package pa.gob.refugio.kit.signing;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /.well-known/jwks.json}: the public keys (active and retired) a service signs its printed documents'
 * QR codes with ({@link SealedPayload}), for offline verification. Public and cacheable for an hour; present only in a
 * service built with {@code refugio.signing.jwks.enabled=true} that has a {@link PublishedSigningKeys} bean.
 */
@Path("/.well-known/jwks.json")
@Tag(name = "Verification")
@IfBuildProperty(name = "refugio.signing.jwks.enabled", stringValue = "true")
public class JwksResource {

    /** An hour: a new key is published (as retired beside the old, or ahead) at least that long before it signs. */
    public static final String CACHE_CONTROL = "public, max-age=3600";

    private final PublishedSigningKeys keys;

    public JwksResource(PublishedSigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys (JWKS, RFC 7517/8037: OKP Ed25519) that verify this service's printed QR"
            + " codes offline: the active key and retired ones still believed; public, cacheable for an hour")
    public Response jwks() {
        Map<String, Object> body = Jwks.of(keys.signingKeys().publicKeys());
        return Response.ok(body).header("Cache-Control", CACHE_CONTROL).build();
    }
}
