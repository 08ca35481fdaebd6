package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.stack.bench.FamilyMix.Family;

class FamilyMixTest {

    private final List<Family> families = FamilyMix.generate(10_000, 42, 0.1, "2611301700");

    @Test
    void theSameSeedGivesTheSameFamilies() {
        assertEquals(families, FamilyMix.generate(10_000, 42, 0.1, "2611301700"));
        assertNotEquals(families, FamilyMix.generate(10_000, 43, 0.1, "2611301700"));
    }

    @Test
    void everyFamilyHasOneToSixMembersAndAtLeastOneInterview() {
        for (Family f : families) {
            assertTrue(f.members() >= 1 && f.members() <= 6, f.toString());
            assertTrue(f.interviews() >= 1 && f.interviews() <= 2, f.toString());
        }
        assertTrue(families.stream().anyMatch(f -> f.members() == 6), "some large families");
        assertTrue(families.stream().anyMatch(f -> f.members() == 1 && !f.childAlone()), "some single adults");
    }

    @Test
    void aRealisticMixOfChildrenAloneSpecificNeedsAndRejections() {
        assertShare(families.stream().filter(Family::childAlone).count(), 0.05);
        assertShare(families.stream().filter(Family::specificNeeds).count(), 0.10);
        assertShare(families.stream().filter(Family::rejected).count(), 0.10);
    }

    private void assertShare(long count, double expected) {
        double share = count / (double) families.size();
        assertTrue(Math.abs(share - expected) < 0.02, "share " + share + ", expected about " + expected);
    }

    @Test
    void enoughSitesThatNoFamilyWaitsForAnInterviewSlot() {
        int sites = FamilyMix.sitesFor(families);
        long adultInterviews = families.stream().filter(f -> !f.childAlone()).mapToLong(Family::interviews).sum();
        assertTrue(sites * (long) FamilyMix.INTERVIEWS_PER_SITE >= adultInterviews);
        assertEquals(sites - 1, families.stream().mapToInt(Family::site).max().orElseThrow());
        assertEquals(FamilyMix.MIN_SITES, FamilyMix.sitesFor(families.subList(0, 10)), "several sites even when small");
    }

    @Test
    void surnamesAreLettersOnlyAndDifferPerFamilyAndRun() {
        assertEquals(families.size(), families.stream().map(Family::surname).distinct().count());
        assertTrue(families.get(0).surname().matches("Bench [a-z]+"));
        assertNotEquals(FamilyMix.surname("2611301700", 1), FamilyMix.surname("2611301701", 1));
    }

    @Test
    void theRegistrationBodyNamesEveryMemberWithTheirRole() {
        Family family = new Family(3, 2, 2, false, true, 0, false, "Bench abc");
        String json = family.registrationJson("Sede X", LocalDate.of(2026, 11, 30));
        assertTrue(json.startsWith("{\"intakeSite\": \"Sede X\""));
        assertEquals(1, count(json, "\"PRINCIPAL\""));
        assertEquals(1, count(json, "\"SPOUSE_OR_PARTNER\""));
        assertEquals(2, count(json, "\"CHILD\""));
        assertEquals(2, count(json, "\"responsibleAdult\": 0"));
        assertEquals(1, count(json, "\"specificNeeds\": [\"MEDICAL\"]"));
        String alone = new Family(4, 0, 0, true, false, 0, false, "Bench abd")
                .registrationJson("Sede X", LocalDate.of(2026, 11, 30));
        assertTrue(alone.contains("\"childAlone\": \"UNACCOMPANIED\""));
        assertTrue(alone.contains("\"dateOfBirth\": \"2013-11-30\""), alone);
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
