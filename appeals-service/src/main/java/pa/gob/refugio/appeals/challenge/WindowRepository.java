package pa.gob.refugio.appeals.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.rules.WindowStatus;

@ApplicationScoped
public class WindowRepository implements PanacheRepositoryBase<ChallengeWindow, UUID> {

    Optional<ChallengeWindow> find(UUID decisionId, WindowKind kind) {
        return find("decisionId = ?1 and kind = ?2", decisionId, kind).firstResultOptional();
    }

    /** The window locked for update, so a filing and the lapse job never act on it at the same time. */
    Optional<ChallengeWindow> findForUpdate(UUID decisionId, WindowKind kind) {
        return find("decisionId = ?1 and kind = ?2", decisionId, kind)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    List<ChallengeWindow> ofCase(UUID caseId) {
        return list("caseId = ?1 order by openedAt", caseId);
    }

    /** Open windows a closure on {@code date} may extend: notified before it and not yet ended by it. */
    List<ChallengeWindow> openAround(LocalDate date) {
        return find("status = ?2 and notifiedOn < ?1 and lastDay >= ?1", date, WindowStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
