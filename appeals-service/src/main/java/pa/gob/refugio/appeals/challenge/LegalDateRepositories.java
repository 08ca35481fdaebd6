package pa.gob.refugio.appeals.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The repositories of paper receipts, reinstatements and back-dated entries. */
public final class LegalDateRepositories {

    private LegalDateRepositories() {
    }

    @ApplicationScoped
    public static class PaperReceipts implements PanacheRepositoryBase<PaperReceipt, UUID> {
        List<PaperReceipt> ofCase(UUID caseId) {
            return list("caseId = ?1 order by keyedOn", caseId);
        }
    }

    @ApplicationScoped
    public static class Reinstatements implements PanacheRepositoryBase<WindowReinstatement, UUID> {
        List<WindowReinstatement> ofCase(UUID caseId) {
            return list("caseId = ?1 order by reinstatedAt", caseId);
        }
    }

    @ApplicationScoped
    public static class BackDatedEntries implements PanacheRepositoryBase<BackDatedChallengeEntry, UUID> {
        List<BackDatedChallengeEntry> ofCase(UUID caseId) {
            return list("caseId = ?1 order by requestedAt", caseId);
        }
    }
}
