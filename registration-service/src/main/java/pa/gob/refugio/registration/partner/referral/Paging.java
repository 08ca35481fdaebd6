package pa.gob.refugio.registration.partner.referral;

/** Page sizes of the referral listings: default 20, capped at 100 (a larger size is served as 100). */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static int size(Integer requested) {
        if (requested == null || requested < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(requested, MAX_SIZE);
    }
}
