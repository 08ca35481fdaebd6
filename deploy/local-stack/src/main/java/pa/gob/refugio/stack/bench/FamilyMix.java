package pa.gob.refugio.stack.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The families of a run, the same for the same seed: 1–6 members (a principal applicant, often a spouse or partner,
 * up to four children), about one in twenty an unaccompanied child alone, one in ten with declared specific needs,
 * spread over several intake sites, a share rejected (then reconsideration, appeal). Pure: no I/O.
 */
public final class FamilyMix {

    /** Share of families that are an unaccompanied child alone. */
    static final double CHILD_ALONE = 0.05;
    /** Share of families whose principal applicant declares specific needs. */
    static final double SPECIFIC_NEEDS = 0.10;
    /**
     * Interviews a site books in the 90-day horizon: 8 a day (one more slot held for children alone) on about 45
     * business days (weekends and the December holidays left out), with a margin.
     */
    static final int INTERVIEWS_PER_SITE = 300;
    static final int CHILD_INTERVIEWS_PER_SITE = 40;
    static final int MIN_SITES = 3;

    /** One family: who is in it, where it registers, what CONARE decides. */
    public record Family(int index, int adults, int children, boolean childAlone, boolean specificNeeds,
                         int site, boolean rejected, String surname) {

        public int members() {
            return childAlone ? 1 : adults + children;
        }

        /** Interviews interview-service books: one per adult, or the child-appropriate one of a child alone. */
        public int interviews() {
            return childAlone ? 1 : adults;
        }

        /** The registration body ({@code POST /api/v1/applications}). */
        public String registrationJson(String intakeSite, LocalDate today) {
            String entry = today.minusDays(10 + index % 20).toString();
            StringBuilder members = new StringBuilder();
            if (childAlone) {
                members.append(person("PRINCIPAL", "Valentina", "F", today.minusYears(13 + index % 4), null,
                        "UNACCOMPANIED", specificNeeds));
            } else {
                members.append(person("PRINCIPAL", "Ana María", "F", LocalDate.of(1980 + index % 15, 3, 14), null,
                        null, specificNeeds));
                if (adults > 1) {
                    members.append(',').append(person("SPOUSE_OR_PARTNER", "Luis Alberto", "M",
                            LocalDate.of(1978 + index % 15, 7, 2), null, null, false));
                }
                for (int c = 0; c < children; c++) {
                    members.append(',').append(person("CHILD", "Hijo " + (c + 1), c % 2 == 0 ? "M" : "F",
                            today.minusYears(2 + 3L * c).minusDays(index % 300), 0, null, false));
                }
            }
            return "{\"intakeSite\": \"" + intakeSite + "\", \"entryDate\": \"" + entry + "\", \"members\": ["
                    + members + "]}";
        }

        private String person(String role, String given, String sex, LocalDate born, Integer responsible,
                              String childAlone, boolean needs) {
            return "{\"role\": \"" + role + "\", \"givenNames\": \"" + given + "\", \"familyNames\": \"" + surname
                    + "\", \"sex\": \"" + sex + "\", \"dateOfBirth\": \"" + born + "\", \"nationalities\": [\"VEN\"]"
                    + (responsible == null ? "" : ", \"responsibleAdult\": " + responsible)
                    + (childAlone == null ? "" : ", \"childAlone\": \"" + childAlone + "\"")
                    + (needs ? ", \"specificNeeds\": [\"MEDICAL\"]" : "") + "}";
        }
    }

    /** {@code count} families from {@code seed}; {@code runTag} makes the surnames differ between runs. */
    public static List<Family> generate(int count, long seed, double rejectedShare, String runTag) {
        Random random = new Random(seed);
        List<Family> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean childAlone = random.nextDouble() < CHILD_ALONE;
            int adults = childAlone ? 0 : (random.nextDouble() < 0.6 ? 2 : 1);
            int children = childAlone ? 0 : Math.min(6 - adults, childrenDraw(random.nextDouble()));
            boolean needs = random.nextDouble() < SPECIFIC_NEEDS;
            boolean rejected = random.nextDouble() < rejectedShare;
            drafts.add(new Family(i, adults, children, childAlone, needs, 0, rejected, surname(runTag, i)));
        }
        int sites = sitesFor(drafts);
        List<Family> families = new ArrayList<>(count);
        for (Family f : drafts) {
            families.add(new Family(f.index(), f.adults(), f.children(), f.childAlone(), f.specificNeeds(),
                    f.index() % sites, f.rejected(), f.surname()));
        }
        return families;
    }

    /** Enough intake sites that every family is booked within the horizon (none waits for capacity). */
    public static int sitesFor(List<Family> families) {
        long adultInterviews = families.stream().filter(f -> !f.childAlone()).mapToLong(Family::interviews).sum();
        long childInterviews = families.stream().filter(Family::childAlone).count();
        long sites = Math.max(MIN_SITES, Math.max(ceil(adultInterviews, INTERVIEWS_PER_SITE),
                ceil(childInterviews, CHILD_INTERVIEWS_PER_SITE)));
        return (int) sites;
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    /** 0–4 children: 30 % none, 25 % one, 20 % two, 13 % three, 12 % four. */
    static int childrenDraw(double r) {
        if (r < 0.30) {
            return 0;
        }
        if (r < 0.55) {
            return 1;
        }
        if (r < 0.75) {
            return 2;
        }
        return r < 0.88 ? 3 : 4;
    }

    /** A surname of letters only (registration reports look-alike families as possible duplicates). */
    static String surname(String runTag, int index) {
        StringBuilder s = new StringBuilder("Bench ");
        String digits = runTag + "x" + Integer.toString(index, 10);
        for (char c : digits.toCharArray()) {
            s.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.isLetter(c)
                    ? Character.toLowerCase(c) : 'z');
        }
        return s.toString();
    }

    private FamilyMix() {
    }
}
