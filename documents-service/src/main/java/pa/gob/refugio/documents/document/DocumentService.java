package pa.gob.refugio.documents.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import pa.gob.refugio.documents.workpermit.WorkPermitEligibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusEndBecameFinal;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.DocumentSuperseded;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * Issuing, superseding and revoking documents in reaction to the procedure's decisions, and reading them. Each
 * handler runs in the inbox transaction of the incoming event; its own events go to the outbox in that transaction.
 */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);

    private final DocumentRepository documents;
    private final ClosedCaseRepository closedCases;
    private final EndedMemberRepository endedMembers;
    private final ValidityRules rules;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<DocumentStoppedBeingValid> stopped;
    private final WorkPermitEligibility eligibility;

    public DocumentService(DocumentRepository documents, ClosedCaseRepository closedCases,
                           EndedMemberRepository endedMembers, ValidityRules rules, Outbox outbox, Clock clock,
                           Event<DocumentStoppedBeingValid> stopped, WorkPermitEligibility eligibility) {
        this.stopped = stopped;
        this.eligibility = eligibility;
        this.documents = documents;
        this.closedCases = closedCases;
        this.endedMembers = endedMembers;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Admission: a provisional ID for every member listed whose procedure has not ended, valid from the decision date. */
    @Transactional
    public void issueProvisionalIds(ApplicationAdmitted admitted) {
        UUID caseId = admitted.caseId();
        if (!closedCases.isOpen(caseId)) {
            LOG.warnf("Case %s has ended; no provisional IDs issued for admission %s", caseId, admitted.eventId());
            return;
        }
        LocalDate validFrom = admitted.decidedOn() != null ? admitted.decidedOn() : LocalDate.now(clock);
        for (UUID memberId : admitted.memberIds().stream().distinct().toList()) {
            if (documents.activeOf(memberId, DocumentKind.PROVISIONAL_ID).isPresent()
                    || !endedMembers.inProcedure(memberId)) {
                continue;
            }
            Document id = issue(caseId, memberId, DocumentKind.PROVISIONAL_ID, validFrom, admitted);
            outbox.publish(new ProvisionalIdIssued(metadata(ProvisionalIdIssued.class, caseId, admitted),
                    id.id(), id.documentNumber(), memberId, id.validFrom(), id.validUntil()));
        }
    }

    /** Recognition: a refugee document for every member; their provisional IDs are superseded. */
    @Transactional
    public void issueRefugeeDocuments(StatusRecognized recognized) {
        UUID caseId = recognized.caseId();
        LocalDate validFrom = recognized.decidedOn() != null ? recognized.decidedOn() : LocalDate.now(clock);
        for (UUID memberId : recognized.memberIds().stream().distinct().toList()) {
            Optional<Document> existing = documents.activeOf(memberId, DocumentKind.REFUGEE_DOCUMENT);
            Document refugee = existing.orElse(null);
            if (refugee == null) {
                refugee = issue(caseId, memberId, DocumentKind.REFUGEE_DOCUMENT, validFrom, recognized);
                outbox.publish(new RefugeeDocumentIssued(metadata(RefugeeDocumentIssued.class, caseId, recognized),
                        refugee.id(), refugee.documentNumber(), memberId, refugee.validFrom(), refugee.validUntil()));
            }
            Optional<Document> provisional = documents.activeOf(memberId, DocumentKind.PROVISIONAL_ID);
            if (provisional.isPresent()) {
                Document old = provisional.get();
                old.supersedeBy(refugee);
                documents.cancelPendingRenewals(old.id());
                stopped.fire(new DocumentStoppedBeingValid(old.documentNumber(), memberId, validFrom));
                outbox.publish(new DocumentSuperseded(metadata(DocumentSuperseded.class, old.caseId(), recognized),
                        old.id(), old.documentNumber(), memberId, refugee.id()));
            }
        }
    }

    /** A rejection names its members: remembered so that a v1 RejectionBecameFinal (no members) revokes theirs only. */
    @Transactional
    public void rememberRejectedMembers(StatusRejected rejected) {
        endedMembers.recordRejection(rejected.decisionId(), rejected.caseId(), rejected.memberIds());
    }

    /**
     * v1 names no members: the members of the rejection as StatusRejected named them; when this service never saw
     * that rejection (e.g. consumed before an upgrade), the whole case, as before.
     */
    @Transactional
    public void revokeOnFinalRejection(RejectionBecameFinal rejection) {
        List<UUID> members = endedMembers.rejectedBy(rejection.decisionId());
        if (members.isEmpty()) {
            endCase(rejection, DocumentRevoked.Reason.REJECTION_FINAL, rejection.finalOn());
        } else {
            endMembers(rejection, members, DocumentRevoked.Reason.REJECTION_FINAL, rejection.finalOn());
        }
    }

    /** v2: only the members listed; another member's provisional ID stays valid. */
    @Transactional
    public void revokeOnFinalRejection(RejectionBecameFinalV2 rejection) {
        endMembers(rejection, rejection.memberIds(), DocumentRevoked.Reason.REJECTION_FINAL, rejection.finalOn());
    }

    /**
     * The end of these members' refugee status became final: their refugee documents are revoked (reason
     * STATUS_ENDED), only theirs; nothing happened to them before (the person keeps papers while challenging).
     * Idempotent: a redelivery finds no valid refugee document left to revoke.
     */
    @Transactional
    public void revokeOnFinalStatusEnd(StatusEndBecameFinal ended) {
        LocalDate on = ended.finalOn() != null ? ended.finalOn() : LocalDate.now(clock);
        for (UUID memberId : ended.memberIds().stream().distinct().toList()) {
            Optional<Document> refugee = documents.activeOf(memberId, DocumentKind.REFUGEE_DOCUMENT);
            if (refugee.isPresent() && refugee.get().caseId().equals(ended.caseId())) {
                revoke(refugee.get(), DocumentRevoked.Reason.STATUS_ENDED, on, ended);
            } else {
                LOG.infof("Member %s of case %s has no valid refugee document; %s revokes nothing", memberId,
                        ended.caseId(), ended.eventId());
            }
        }
    }

    /** v1: the whole case withdrew. */
    @Transactional
    public void revokeOnWithdrawal(ApplicationWithdrawn withdrawn) {
        endCase(withdrawn, DocumentRevoked.Reason.WITHDRAWN, withdrawn.withdrawnOn());
    }

    @Transactional
    public void revokeOnWithdrawal(ApplicationWithdrawnV2 withdrawn) {
        endMembers(withdrawn, withdrawn.memberIds(), DocumentRevoked.Reason.WITHDRAWN, withdrawn.withdrawnOn());
    }

    /** v1: the whole case left Panama. */
    @Transactional
    public void revokeOnAbandonment(ApplicationAbandoned abandoned) {
        endCase(abandoned, DocumentRevoked.Reason.ABANDONED, abandoned.departureDate());
    }

    @Transactional
    public void revokeOnAbandonment(ApplicationAbandonedV2 abandoned) {
        endMembers(abandoned, abandoned.memberIds(), DocumentRevoked.Reason.ABANDONED, abandoned.departureDate());
    }

    /** The members' procedure ended: recorded per member, and their active provisional IDs revoked (only theirs). */
    private void endMembers(DomainEvent cause, List<UUID> memberIds, DocumentRevoked.Reason reason, LocalDate on) {
        UUID caseId = cause.caseId();
        LocalDate revokedOn = on != null ? on : LocalDate.now(clock);
        for (UUID memberId : memberIds.stream().distinct().toList()) {
            if (endedMembers.inProcedure(memberId)) {
                endedMembers.persist(new EndedMember(memberId, caseId, reason, revokedOn, cause.eventId(),
                        Instant.now(clock)));
            }
            Optional<Document> active = documents.activeOf(memberId, DocumentKind.PROVISIONAL_ID);
            if (active.isPresent() && active.get().caseId().equals(caseId)) {
                revoke(active.get(), reason, revokedOn, cause);
            }
        }
    }

    /** The case ended: it is recorded as closed and its active provisional IDs are revoked with reason and date. */
    private void endCase(DomainEvent cause, DocumentRevoked.Reason reason, LocalDate on) {
        UUID caseId = cause.caseId();
        LocalDate revokedOn = on != null ? on : LocalDate.now(clock);
        if (closedCases.isOpen(caseId)) {
            closedCases.persist(new ClosedCase(caseId, reason, revokedOn, cause.eventId(), Instant.now(clock)));
        }
        for (Document id : documents.activeOfCase(caseId, DocumentKind.PROVISIONAL_ID)) {
            revoke(id, reason, revokedOn, cause);
        }
    }

    private void revoke(Document id, DocumentRevoked.Reason reason, LocalDate revokedOn, DomainEvent cause) {
        id.revoke(reason, revokedOn);
        documents.cancelPendingRenewals(id.id());
        stopped.fire(new DocumentStoppedBeingValid(id.documentNumber(), id.memberId(), revokedOn));
        outbox.publish(new DocumentRevoked(metadata(DocumentRevoked.class, id.caseId(), cause), id.id(),
                id.documentNumber(), id.memberId(), reason, revokedOn));
    }

    @Transactional
    public List<DocumentView> ofCase(UUID caseId) {
        LocalDate today = LocalDate.now(clock);
        return documents.ofCase(caseId).stream()
                .map(d -> DocumentView.of(d, today, eligibility.eligibleOn(d, today))).toList();
    }

    @Transactional
    public DocumentView byNumber(String documentNumber) {
        LocalDate today = LocalDate.now(clock);
        return documents.findByNumber(documentNumber)
                .map(d -> DocumentView.of(d, today, eligibility.eligibleOn(d, today)))
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
    }

    /** Documents whose validity ends within {@code withinDays} days and whose renewal nobody has asked for yet. */
    @Transactional
    public List<DocumentView> expiring(int withinDays) {
        LocalDate today = LocalDate.now(clock);
        return documents.expiringBetween(today, today.plusDays(withinDays)).stream()
                .map(d -> DocumentView.of(d, today, eligibility.eligibleOn(d, today))).toList();
    }

    /**
     * A member added to the family by registration (amendments, issue 13) gets the document the family's stage gives:
     * a provisional ID when the case was admitted (documents were issued to the family) and is still open; nothing
     * before admission (the admission, which then names the member, issues it). Idempotent.
     */
    @Transactional
    public void issueToAddedMember(MemberAdded added) {
        UUID caseId = added.caseId();
        UUID memberId = added.memberId();
        if (!closedCases.isOpen(caseId) || documents.ofCase(caseId).isEmpty()
                || documents.activeOf(memberId, DocumentKind.PROVISIONAL_ID).isPresent()
                || documents.activeOf(memberId, DocumentKind.REFUGEE_DOCUMENT).isPresent()
                || !endedMembers.inProcedure(memberId)) {
            LOG.infof("Case %s: no provisional ID for member %s added (not admitted, ended or already issued)",
                    caseId, memberId);
            return;
        }
        Document id = issue(caseId, memberId, DocumentKind.PROVISIONAL_ID, LocalDate.now(clock), added);
        outbox.publish(new ProvisionalIdIssued(metadata(ProvisionalIdIssued.class, caseId, added),
                id.id(), id.documentNumber(), memberId, id.validFrom(), id.validUntil()));
    }

    /** The member's documents still active (valid or being renewed), of every kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Document> activeOfMember(UUID memberId) {
        return java.util.Arrays.stream(DocumentKind.values()).map(k -> documents.activeOf(memberId, k))
                .flatMap(Optional::stream).toList();
    }

    private Document issue(UUID caseId, UUID memberId, DocumentKind kind, LocalDate validFrom, DomainEvent cause) {
        Document document = Document.issue(documents.newNumber(kind, Year.from(validFrom)), caseId, memberId, kind,
                validFrom, rules, cause.eventId(), Instant.now(clock));
        documents.persist(document);
        return document;
    }

    private EventMetadata metadata(Class<? extends DomainEvent> type, UUID caseId, DomainEvent cause) {
        return EventMetadata.create(type, caseId, cause.metadata().causing(), Instant.now(clock));
    }
}
