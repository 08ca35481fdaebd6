package pa.gob.refugio.documents.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.kit.numbering.RandomNumbers;
import pa.gob.refugio.kit.sql.TransactionSql;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    private static final List<DocumentStatus> ACTIVE = List.of(DocumentStatus.VALID, DocumentStatus.RENEWAL_PENDING);

    /**
     * A new number of a kind, e.g. {@code SP-2026-7K3M9QX2T} or {@code RF-2026-...}: random, not sequential (kit
     * numbering {@link RandomNumbers}), drawn again if already taken; the unique constraint on
     * {@code document_number} guards the rest. Numbers issued before in the sequential form stay valid.
     */
    String newNumber(DocumentKind kind, Year year) {
        return RandomNumbers.issue(kind.numberPrefix(), year.getValue(), this::numberTaken);
    }

    /** Whether a number is in use (a plain statement: no flush of the persistence context). */
    boolean numberTaken(String documentNumber) {
        return TransactionSql.column(getEntityManager(), Long.class,
                "select count(*) from document where document_number = ?", documentNumber).get(0) > 0;
    }

    public Optional<Document> findByNumber(String documentNumber) {
        return find("documentNumber", documentNumber).firstResultOptional();
    }

    /** The document, locked for an update. */
    public Optional<Document> findByNumberForUpdate(String documentNumber) {
        return find("documentNumber", documentNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<Document> activeOf(UUID memberId, DocumentKind kind) {
        return find("memberId = ?1 and kind = ?2 and status in ?3", memberId, kind, ACTIVE).firstResultOptional();
    }

    List<Document> activeOfCase(UUID caseId, DocumentKind kind) {
        return list("caseId = ?1 and kind = ?2 and status in ?3 order by documentNumber", caseId, kind, ACTIVE);
    }

    /** The member's provisional IDs revoked because a rejection became final, newest first. */
    List<Document> revokedByFinalRejection(UUID caseId, UUID memberId) {
        return list("caseId = ?1 and memberId = ?2 and kind = ?3 and status = ?4 and revocationReason = ?5 "
                        + "order by issuedAt desc", caseId, memberId, DocumentKind.PROVISIONAL_ID,
                DocumentStatus.REVOKED, DocumentRevoked.Reason.REJECTION_FINAL);
    }

    /** The member's refugee documents revoked because the end of their status became final, newest first. */
    List<Document> revokedByStatusEnd(UUID caseId, UUID memberId) {
        return list("caseId = ?1 and memberId = ?2 and kind = ?3 and status = ?4 and revocationReason = ?5 "
                        + "order by issuedAt desc", caseId, memberId, DocumentKind.REFUGEE_DOCUMENT,
                DocumentStatus.REVOKED, DocumentRevoked.Reason.STATUS_ENDED);
    }

    List<Document> ofCase(UUID caseId) {
        return list("caseId = ?1 order by kind, documentNumber", caseId);
    }

    /** VALID documents (no renewal pending) whose last day is between {@code from} and {@code until}. */
    List<Document> expiringBetween(LocalDate from, LocalDate until) {
        return list("status = ?1 and validUntil between ?2 and ?3 order by validUntil, documentNumber",
                DocumentStatus.VALID, from, until);
    }

    /** Active documents of {@code kind} whose last day is before {@code before} (and not before {@code from}). */
    public List<Document> activeExpiringBefore(DocumentKind kind, LocalDate from, LocalDate before) {
        if (from == null) {
            return find("kind = ?1 and status in ?2 and validUntil < ?3 order by documentNumber",
                    kind, ACTIVE, before).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        }
        return find("kind = ?1 and status in ?2 and validUntil < ?3 and validUntil >= ?4 order by documentNumber",
                kind, ACTIVE, before, from).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A revoked or superseded document's pending renewal has nothing left to decide. */
    void cancelPendingRenewals(UUID documentId) {
        getEntityManager().createNativeQuery("update renewal set status = 'CANCELLED', version = version + 1 "
                + "where document_id = ?1 and status = 'PENDING'").setParameter(1, documentId).executeUpdate();
    }
}
