package pa.gob.refugio.kit.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentNumbersAreRandomAndCarryACheckCharacterTest {

    private static long value(String number) {
        String part = number.substring(number.lastIndexOf('-') + 1, number.length() - 1);
        long v = 0;
        for (char c : part.toCharArray()) {
            v = v * 32 + RandomNumbers.ALPHABET.indexOf(c);
        }
        return v;
    }

    @Test
    void aNumberIsPrefixYearEightCrockfordCharactersAndACheckCharacter() {
        for (int i = 0; i < 2_000; i++) {
            String number = RandomNumbers.next("SP", 2026);
            assertTrue(number.matches("SP-2026-[0-9A-HJKMNP-TV-Z]{9}"), number);
            assertTrue(RandomNumbers.wellFormed(number), number);
        }
        assertFalse(RandomNumbers.wellFormed("SP-2026-000001"), "the former sequential form is not this form");
        assertFalse(RandomNumbers.wellFormed("SP-2026-7K3M9QX2"), "no check character");
        assertFalse(RandomNumbers.wellFormed(null));
    }

    @Test
    void aMistypedCharacterIsCaughtByTheCheckCharacter() {
        String number = RandomNumbers.next("RF", 2027);
        String prefix = number.substring(0, 8);
        String part = number.substring(8);
        for (int at = 0; at < part.length(); at++) {
            for (char c : RandomNumbers.ALPHABET.toCharArray()) {
                if (c == part.charAt(at)) {
                    continue;
                }
                String typo = prefix + part.substring(0, at) + c + part.substring(at + 1);
                assertFalse(RandomNumbers.wellFormed(typo), typo + " (from " + number + ")");
            }
        }
    }

    @Test
    void noTwoConsecutiveNumbersAreRelated() {
        int count = 10_000;
        List<Long> values = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String number = RandomNumbers.next("SP", 2026);
            assertTrue(numbers.add(number), "drawn twice: " + number);
            values.add(value(number));
        }
        Set<Long> steps = new HashSet<>();
        int ascending = 0;
        int sharedPrefix = 0;
        for (int i = 1; i < count; i++) {
            steps.add(values.get(i) - values.get(i - 1));
            if (values.get(i) > values.get(i - 1)) {
                ascending++;
            }
            // the first two random characters of consecutive numbers agree one time in 1024
            if ((values.get(i) >>> 30) == (values.get(i - 1) >>> 30)) {
                sharedPrefix++;
            }
        }
        assertTrue(steps.size() > count - 10, "no constant or repeated step: " + steps.size() + " distinct steps");
        assertTrue(ascending > count * 0.45 && ascending < count * 0.55, "neither rising nor falling: " + ascending);
        assertTrue(sharedPrefix < 40, "consecutive numbers share their leading characters no more than chance: "
                + sharedPrefix);
    }

    @Test
    void aTakenNumberIsDrawnAgainAndEndlessCollisionsStop() {
        AtomicInteger lookups = new AtomicInteger();
        String number = RandomNumbers.issue("SA", 2026, candidate -> lookups.incrementAndGet() <= 2);
        assertEquals(3, lookups.get());
        assertTrue(RandomNumbers.wellFormed(number), number);
        assertThrows(IllegalStateException.class, () -> RandomNumbers.issue("SA", 2026, candidate -> true));
    }
}
