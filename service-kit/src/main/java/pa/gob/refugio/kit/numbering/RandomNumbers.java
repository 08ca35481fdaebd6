package pa.gob.refugio.kit.numbering;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Printed numbers of documents that cannot be counted through: {@code <prefix>-<year>-<8 random characters><check>},
 * e.g. {@code SP-2026-7K3M9QX2T}. The 8 characters are drawn from {@link SecureRandom} in Crockford's base32 (digits
 * and capitals without I, L, O, U: 40 bits, about 10^12 numbers per prefix and year), so a number says nothing about
 * the one issued before or after it. The last character is a Luhn mod 32 check character over the 8 random ones, in
 * the same alphabet: a mistyped character or two swapped neighbours are caught before any lookup.
 *
 * <p>Uniqueness is the database's (a unique constraint on the number column); {@link #issue} retries when the
 * caller's lookup finds the number taken. Numbers issued before (e.g. {@code SP-2026-000001}) stay valid: nothing
 * parses a number, they are looked up as printed.
 */
public final class RandomNumbers {

    /** Crockford's base32 alphabet. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int RANDOM_LENGTH = 8;
    /** How many candidates {@link #issue} tries before giving up (a collision is about one in 10^12 per try). */
    public static final int ATTEMPTS = 5;
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}-\\d{4}-[0-9A-HJKMNP-TV-Z]{9}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomNumbers() {
    }

    /** A new candidate number, e.g. {@code next("SP", 2026)} = {@code SP-2026-7K3M9QX2T}. */
    public static String next(String prefix, int year) {
        return next(prefix, year, RANDOM);
    }

    static String next(String prefix, int year, Random random) {
        StringBuilder part = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        part.append(checkCharacter(part));
        return prefix + "-" + year + "-" + part;
    }

    /**
     * A number not yet taken: draws candidates until {@code taken} (the caller's lookup in its table) says no, at most
     * {@link #ATTEMPTS} times. The unique constraint still guards two transactions drawing the same number at once.
     */
    public static String issue(String prefix, int year, Predicate<String> taken) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String candidate = next(prefix, year);
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free " + prefix + " number for " + year + " after " + ATTEMPTS
                + " attempts");
    }

    /** True for a number in this form whose check character matches (numbers of the former form are not). */
    public static boolean wellFormed(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            return false;
        }
        String part = number.substring(number.lastIndexOf('-') + 1);
        return checkCharacter(part.substring(0, RANDOM_LENGTH)) == part.charAt(RANDOM_LENGTH);
    }

    /** Luhn mod N (N = 32) check character over {@code chars}, all in {@link #ALPHABET}. */
    static char checkCharacter(CharSequence chars) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = chars.length() - 1; i >= 0; i--) {
            int codePoint = ALPHABET.indexOf(chars.charAt(i));
            if (codePoint < 0) {
                throw new IllegalArgumentException("not a Crockford base32 character: " + chars.charAt(i));
            }
            int addend = factor * codePoint;
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
