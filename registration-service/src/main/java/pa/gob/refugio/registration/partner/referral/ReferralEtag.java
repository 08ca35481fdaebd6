package pa.gob.refugio.registration.partner.referral;

import pa.gob.refugio.kit.web.Etags;

/**
 * Optimistic concurrency for referral updates with the kit's {@link Etags}: the ETag is the referral's
 * {@code @Version} (e.g. {@code "3"}). {@code If-Match} is optional here (partner integrations written before it
 * keep working): when sent, a stale one is refused with 412 {@code precondition-failed} (with {@code currentETag});
 * without it, concurrent changes still meet the version check (409 {@code concurrent-change}).
 */
final class ReferralEtag {

    private ReferralEtag() {
    }

    static String of(long version) {
        return Etags.of(version);
    }

    static void check(String ifMatch, Referral referral) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        Etags.requireMatch(ifMatch, referral.version());
    }
}
