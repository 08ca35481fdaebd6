package pa.gob.refugio.kit.signing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signed payload a printed document's QR code carries, in the spirit of ICAO's Visible Digital Seal (Doc 9303
 * part 13): a header (format version, issuer, key id, document type), the facts printed on the document, and an
 * Ed25519 signature over both, verifiable offline with the issuer's public key from its {@code /.well-known/jwks.json}.
 *
 * <h2>Format (byte by byte)</h2>
 * <pre>
 * seal      = base64url(body) "." base64url(signature)            ; RFC 4648 §5 alphabet, no padding
 * body      = "RF1" "|" issuer "|" kid "|" type *( "|" fact )      ; UTF-8 (in practice ASCII)
 * signature = Ed25519 (RFC 8032) over the body's bytes, 64 bytes, by the key whose JWKS "kid" is kid
 * </pre>
 * {@code RF1}: format version 1. {@code issuer}: who signed ({@code ONPAR} registration-service, {@code SNM}
 * documents-service). {@code type}: the document type, which fixes the facts and their order (dates as
 * {@code yyyyMMdd}); see the issuing service's page. No field contains {@code |}, and the body holds nothing personal
 * that is not printed beside the QR code. About 160 characters: a QR code at error correction M stays small. The
 * seal contains neither {@code /} nor {@code =}, so a reader takes it from a QR text that is a verification address
 * followed by the seal as everything after the last {@code /} or {@code =}.
 */
public final class SealedPayload {

    /** What a genuine seal says. */
    public record Seal(String issuer, String keyId, String type, List<String> facts) {
        public Seal {
            facts = List.copyOf(facts);
        }

        public String fact(int index) {
            return facts.get(index);
        }

        /** The fact at {@code index} read as a {@code yyyyMMdd} date. */
        public LocalDate date(int index) {
            return LocalDate.parse(facts.get(index), DATE);
        }
    }

    public static final String VERSION = "RF1";
    /** Longer than any genuine seal; anything longer is not read. */
    public static final int MAX_LENGTH = 512;
    /** The date form of the facts. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKeyRing keys;
    private final String issuer;

    public SealedPayload(SigningKeyRing keys, String issuer) {
        check(issuer);
        this.keys = keys;
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }

    /** A date as a fact. */
    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** Signs {@code type} and {@code facts} with the active key. */
    public String seal(String type, String... facts) {
        StringBuilder body = new StringBuilder(VERSION).append('|').append(issuer).append('|')
                .append(keys.activeKeyId()).append('|').append(check(type));
        for (String fact : facts) {
            body.append('|').append(check(fact));
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(keys.sign(bytes));
    }

    /**
     * The seal of a genuine payload of this issuer signed by a key the ring believes; empty for anything else
     * (forged, altered, another issuer, an unknown or removed key, malformed, too long).
     */
    public Optional<Seal> open(String seal) {
        if (seal == null || seal.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = seal.indexOf('.');
        if (dot <= 0 || dot != seal.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] body = DECODER.decode(seal.substring(0, dot));
            byte[] signature = DECODER.decode(seal.substring(dot + 1));
            String[] fields = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length < 4 || !VERSION.equals(fields[0]) || !issuer.equals(fields[1])) {
                return Optional.empty();
            }
            for (String f : fields) {
                if (!FIELD.matcher(f).matches()) {
                    return Optional.empty();
                }
            }
            if (!keys.verify(fields[2], body, signature)) {
                return Optional.empty();
            }
            List<String> facts = new ArrayList<>(List.of(fields).subList(4, fields.length));
            return Optional.of(new Seal(fields[1], fields[2], fields[3], facts));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} has the shape of a seal (two base64url parts), not whether it is genuine. */
    public static boolean looksLikeSeal(String text) {
        if (text == null || text.length() > MAX_LENGTH || !text.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
            return false;
        }
        try {
            return new String(DECODER.decode(text.substring(0, text.indexOf('.'))), StandardCharsets.UTF_8)
                    .startsWith(VERSION + "|");
        } catch (IllegalArgumentException notBase64url) {
            return false;
        }
    }

    private static String check(String field) {
        if (field == null || !FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("not a seal field (1 to 64 of A-Z a-z 0-9 _ . : -): " + field);
        }
        return field;
    }
}
