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
import pa.gob.refugio.events.EventMetadata;
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
    private final Outbox outbox;
    private final Clock clock;

    public DocumentReinstatements(DocumentRepository documents, ClosedCaseRepository closedCases, Outbox outbox,
                                  Clock clock) {
        this.documents = documents;
        this.closedCases = closedCases;
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

    /** The reinstatements of a case's documents (their history of revocation and return). */
    @Transactional
    public List<DocumentReinstatement.View> ofCase(UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        return list("caseId = ?1 order by reinstatedAt", caseId).stream()
                .map(r -> r.view(documents.findById(r.documentId()), today)).toList();
    }
}
