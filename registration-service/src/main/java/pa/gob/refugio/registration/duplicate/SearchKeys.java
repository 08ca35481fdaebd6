package pa.gob.refugio.registration.duplicate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of a person's normalised identity facts, so that possible duplicates can be found
 * without searching on raw document numbers or names. Two keys per person: the identity document (type, number,
 * issuing country) when there is one, and one per nationality of names + date of birth + nationality.
 * Normalisation ignores case, accents, punctuation and spacing: "Pérez-Rojas" and "PEREZ ROJAS" match.
 */
public final class SearchKeys {

    public enum Kind { IDENTITY_DOCUMENT, NAMES_BIRTH_NATIONALITY }

    public record Key(Kind kind, String hash) {
    }

    private final SecretKeySpec secret;

    public SearchKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the search key must have at least 16 characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The keys of one person; the document key only when type, number and issuing country are all known. */
    public List<Key> of(String documentType, String documentNumber, String issuingCountry, String givenNames,
                        String familyNames, LocalDate dateOfBirth, List<String> nationalities) {
        List<Key> keys = new ArrayList<>();
        String number = normaliseDocumentNumber(documentNumber);
        if (documentType != null && !number.isEmpty() && issuingCountry != null) {
            keys.add(new Key(Kind.IDENTITY_DOCUMENT,
                    hmac("doc|" + documentType + "|" + number + "|" + issuingCountry.toUpperCase(Locale.ROOT))));
        }
        for (String nationality : nationalities.stream().distinct().toList()) {
            keys.add(new Key(Kind.NAMES_BIRTH_NATIONALITY, hmac("person|" + normaliseName(givenNames) + "|"
                    + normaliseName(familyNames) + "|" + dateOfBirth + "|" + nationality.toUpperCase(Locale.ROOT))));
        }
        return keys;
    }

    /**
     * Blind-index keys of a person's names for search: one keyed hash per distinct normalised name token (given and
     * family names alike), so "perez" finds "Pérez Rojas". Prefixed apart from the duplicate keys.
     */
    public java.util.Set<String> nameTokenHashes(String... names) {
        java.util.Set<String> hashes = new java.util.LinkedHashSet<>();
        for (String token : nameTokens(names)) {
            hashes.add(hmac("name-token|" + token));
        }
        return hashes;
    }

    /** The distinct normalised tokens of the names given ("Pérez-Rojas" → PEREZ, ROJAS). */
    public static java.util.Set<String> nameTokens(String... names) {
        java.util.Set<String> tokens = new java.util.LinkedHashSet<>();
        for (String name : names) {
            for (String token : normaliseName(name).split(" ")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /** Blind-index key of an identity document number alone (normalised), whatever its type or country; null if none. */
    public String documentNumberHash(String documentNumber) {
        String number = normaliseDocumentNumber(documentNumber);
        return number.isEmpty() ? null : hmac("doc-number|" + number);
    }

    /** Upper case, without accents, punctuation or repeated spaces. */
    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String noMarks = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noMarks.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Upper case letters and digits only: "ab-12 345" → "AB12345". */
    public static String normaliseDocumentNumber(String number) {
        return number == null ? "" : number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
