package pa.gob.refugio.registration.partner.referral;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** A referral of {@code partner}; another partner's referral is as if it did not exist. */
    Optional<Referral> findOwned(UUID id, String partner) {
        return find("id = ?1 and partner = ?2", id, partner).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A partner's referrals, newest first, locked (reading brings their status up to date). */
    PanacheQuery<Referral> ofPartner(String partner) {
        return find("partner = ?1", Sort.descending("createdAt").and("id"), partner)
                .withLock(LockModeType.PESSIMISTIC_WRITE);
    }

    long countOfPartner(String partner) {
        return count("partner = ?1", partner);
    }

    PanacheQuery<Referral> inState(ReferralState state) {
        return find("state = ?1", Sort.ascending("createdAt").and("id"), state);
    }

    /** Accepted referrals whose partner may still follow the case (consent in force, status updates shared). */
    List<UUID> followed() {
        return getEntityManager().createQuery("select r.id from Referral r where r.state = ?1"
                        + " and r.consentWithdrawnAt is null and r.consent.scopes like ?2", UUID.class)
                .setParameter(1, ReferralState.ACCEPTED)
                .setParameter(2, "%" + ConsentScope.SHARE_STATUS_UPDATES.name() + "%")
                .getResultList();
    }
}
