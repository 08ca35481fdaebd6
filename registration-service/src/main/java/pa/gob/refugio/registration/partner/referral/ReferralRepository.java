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

    /** A referral of {@code partner}, locked to change it; another partner's referral is as if it did not exist. */
    Optional<Referral> findOwned(UUID id, String partner) {
        return find("id = ?1 and partner = ?2", id, partner).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A referral of {@code partner}, to read (no lock: reading changes nothing). */
    Optional<Referral> readOwned(UUID id, String partner) {
        return find("id = ?1 and partner = ?2", id, partner).firstResultOptional();
    }

    /** A partner's referrals, newest first. */
    PanacheQuery<Referral> ofPartner(String partner) {
        return find("partner = ?1", Sort.descending("createdAt").and("id"), partner);
    }

    /** Whether the person withdrew consent to this referral (false for an unknown id). */
    public boolean consentWithdrawn(UUID id) {
        return count("id = ?1 and consentWithdrawnAt is not null", id) > 0;
    }

    long countOfPartner(String partner) {
        return count("partner = ?1", partner);
    }

    PanacheQuery<Referral> inState(ReferralState state) {
        return find("state = ?1", Sort.ascending("createdAt").and("id"), state);
    }

    /**
     * The accepted referrals of a case whose partner may still follow it (consent in force, status updates shared),
     * locked, so that a change is told once.
     */
    List<Referral> following(UUID caseId) {
        return find("caseId = ?1 and state = ?2 and consentWithdrawnAt is null and consent.scopes like ?3",
                caseId, ReferralState.ACCEPTED, "%" + ConsentScope.SHARE_STATUS_UPDATES.name() + "%")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
