package pa.gob.refugio.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens (JWT) as an identity provider would: {@code groups} holds the caller's role,
 * {@code institution} the body they act for, {@code aud} the services' audience ({@link #AUDIENCE} unless told
 * otherwise), {@code kid} the local key's id. The services refuse a token without their audience or valid for longer
 * than their maximum lifetime (1 h by default, docs/security.md "Tokens"). For local use and tests only.
 */
public final class TokenMinter {

    /** The audience the services expect by default ({@code REFUGIO_JWT_AUDIENCE}). */
    public static final String AUDIENCE = "refugio";
    /** The key id ({@code kid}) of the local signing key ({@code REFUGIO_JWT_KEY_ID} of the local stack). */
    public static final String KEY_ID = "refugio-local";
    /** The longest lifetime the services accept by default ({@code REFUGIO_JWT_MAX_LIFETIME}). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);

    private final PrivateKey key;
    private final String issuer;
    private final String audience;

    public TokenMinter(PrivateKey key, String issuer) {
        this(key, issuer, AUDIENCE);
    }

    public TokenMinter(PrivateKey key, String issuer, String audience) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A token for {@code subject} with one role, valid for {@code ttl}. */
    public String mint(String subject, String role, String institution, Duration ttl) {
        return mint(subject, role, institution, ttl, Map.of());
    }

    public String mint(String subject, String role, String institution, Duration ttl, Map<String, String> extraClaims) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", new String[] {role});
        claims.put("institution", institution);
        claims.putAll(extraClaims);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}");
        String payload = b64(json(claims));
        String signingInput = header + "." + payload;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign token", e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, Object> claims) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, Object> e : claims.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(e.getKey())).append(':');
            Object v = e.getValue();
            if (v instanceof Number) {
                out.append(v);
            } else if (v instanceof String[] values) {
                out.append('[');
                for (int i = 0; i < values.length; i++) {
                    out.append(i > 0 ? "," : "").append(quote(values[i]));
                }
                out.append(']');
            } else {
                out.append(quote(String.valueOf(v)));
            }
        }
        return out.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
