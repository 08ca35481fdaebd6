package pa.gob.refugio.kit.audit;

import java.util.UUID;

/**
 * A response entity (a view) about one case. When a request's path names no {@code caseId} (e.g.
 * {@code /decisions/{decisionId}}, {@code /documents/{documentNumber}}), the audit's outcome row records the case
 * the answer was about, so that oversight finds every read of a case's personal data by its case id
 * ({@code GET /api/v1/audit?caseId=}). A list of such views records each case it names (see
 * {@code pa.gob.refugio.kit.web.ApiFilters}).
 */
public interface CaseScoped {

    /** The case this answer is about; null if none (then nothing is recorded). */
    UUID auditCaseId();
}
