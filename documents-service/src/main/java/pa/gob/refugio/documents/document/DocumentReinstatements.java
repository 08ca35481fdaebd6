package pa.gob.refugio.documents.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.documents.DocumentReinstated;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.kit.outbox.Outbox;

/**
 * Documents come back when a final rejection is reversed (a lapse undone in appeals-service): each member's
 * provisional ID revoked by that final rejection is VALID again (until its own last day), the revocation kept as the
 * document's history, and the case is open again here. Idempotent: a redelivery finds nothing revoked to reinstate.
 */
@ApplicationScoped
public class DocumentReinstatements implements PanacheRepositoryBase<DocumentReinstatement, UUID> {

    private static final Logger LOG = Logger.getLogger(DocumentReinstatements.class);

    private final DocumentRepository documents;
    private final ClosedCaseRepository closedCases;
    private final EndedMemberRepository endedMembers;
    private final Outbox outbox;
    private final Clock clock;

    public DocumentReinstatements(DocumentRepository documents, ClosedCaseRepository closedCases,
                                  EndedMemberRepository endedMembers, Outbox outbox, Clock clock) {
        this.documents = documents;
        this.closedCases = closedCases;
        this.endedMembers = endedMembers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void onFinalRejectionReversed(FinalRejectionReversed reversed) {
        UUID caseId = reversed.caseId();
        LocalDate on = reversed.reversedOn() != null ? reversed.reversedOn() : LocalDate.now(clock);
        closedCases.findByIdOptional(caseId)
                .filter(c -> c.reason() == DocumentRevoked.Reason.REJECTION_FINAL)
                .ifPresent(closedCases::delete);
        for (UUID memberId : reversed.memberIds().stream().distinct().toList()) {
            if (documents.activeOf(memberId, DocumentKind.PROVISIONAL_ID).isPresent()) {
                continue;
            }
            if (!documents.revokedByStatusEnd(caseId, memberId).isEmpty()) { // an end of status whose lapse was undone
                reinstate(caseId, memberId, DocumentKind.REFUGEE_DOCUMENT, on, reversed);
                continue;
            }
            List<Document> revoked = documents.revokedByFinalRejection(caseId, memberId);
            if (revoked.isEmpty()) {
                LOG.infof("Member %s of case %s has no provisional ID revoked by a final rejection; %s changes nothing",
                        memberId, caseId, reversed.eventId());
                continue;
            }
            Document id = revoked.get(0);
            DocumentRevoked.Reason reason = id.revocationReason();
            LocalDate revokedOn = id.revokedOn();
            id.reinstateAfterReversal();
            persist(new DocumentReinstatement(id, reason, revokedOn, on, reversed.eventId(), Instant.now(clock)));
            outbox.publish(new DocumentReinstated(
                    EventMetadata.create(DocumentReinstated.class, caseId, reversed.metadata().causing(),
                            Instant.now(clock)),
                    id.id(), id.documentNumber(), memberId, reason, revokedOn, on, id.validUntil()));
        }
    }

    /**
     * The Third Chamber annulled a final decision (CaseReopened): what its finality revoked comes back, for the
     * members listed only: the refugee documents revoked by a final end of status (reopened at RECOGNIZED), or the
     * provisional IDs revoked by a final rejection (ELIGIBILITY); the members are in the procedure again here (a
     * re-admission after an annulled non-admission issues their provisional IDs). Idempotent.
     */
    @Transactional
    public void onCaseReopened(CaseReopened reopened) {
        UUID caseId = reopened.caseId();
        LocalDate on = reopened.reopenedOn() != null ? reopened.reopenedOn() : LocalDate.now(clock);
        if (reopened.reopenedAt() != CaseReopened.Step.RECOGNIZED) {
            closedCases.findByIdOptional(caseId)
                    .filter(c -> c.reason() == DocumentRevoked.Reason.REJECTION_FINAL)
                    .ifPresent(closedCases::delete);
        }
        for (UUID memberId : reopened.memberIds().stream().distinct().toList()) {
            if (reopened.reopenedAt() == CaseReopened.Step.RECOGNIZED) {
                reinstate(caseId, memberId, DocumentKind.REFUGEE_DOCUMENT, on, reopened);
            } else {
                endedMembers.findByIdOptional(memberId)
                        .filter(m -> m.reason() == DocumentRevoked.Reason.REJECTION_FINAL)
                        .ifPresent(endedMembers::delete);
                reinstate(caseId, memberId, DocumentKind.PROVISIONAL_ID, on, reopened);
            }
        }
    }

    /** The one document of {@code kind} the annulled (or reversed) finality revoked, VALID again; none: nothing. */
    private void reinstate(UUID caseId, UUID memberId, DocumentKind kind, LocalDate on, DomainEvent cause) {
        if (documents.activeOf(memberId, kind).isPresent()) {
            return;
        }
        List<Document> revoked = kind == DocumentKind.REFUGEE_DOCUMENT
                ? documents.revokedByStatusEnd(caseId, memberId)
                : documents.revokedByFinalRejection(caseId, memberId);
        if (revoked.isEmpty()) {
            LOG.infof("Member %s of case %s has no %s to reinstate; %s changes nothing", memberId, caseId, kind,
                    cause.eventId());
            return;
        }
        Document document = revoked.get(0);
        DocumentRevoked.Reason reason = document.revocationReason();
        LocalDate revokedOn = document.revokedOn();
        document.reinstateAfterAnnulment();
        persist(new DocumentReinstatement(document, reason, revokedOn, on, cause.eventId(), Instant.now(clock)));
        outbox.publish(new DocumentReinstated(
                EventMetadata.create(DocumentReinstated.class, caseId, cause.metadata().causing(), Instant.now(clock)),
                document.id(), document.documentNumber(), memberId, reason, revokedOn, on, document.validUntil()));
    }

    /** The reinstatements of a case's documents (their history of revocation and return). */
    @Transactional
    public List<DocumentReinstatement.View> ofCase(UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        return list("caseId = ?1 order by reinstatedAt", caseId).stream()
                .map(r -> r.view(documents.findById(r.documentId()), today)).toList();
    }
}
