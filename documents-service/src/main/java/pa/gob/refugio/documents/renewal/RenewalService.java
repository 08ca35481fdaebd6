package pa.gob.refugio.documents.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.ClosedCaseRepository;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.documents.document.EndedMemberRepository;
import pa.gob.refugio.documents.document.ValidityRules;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.documents.DocumentRenewalRefused;
import pa.gob.refugio.events.documents.DocumentRenewalRequested;
import pa.gob.refugio.events.documents.DocumentRenewed;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;

/** Renewal of provisional IDs (while the member's procedure is open) and refugee documents. */
@ApplicationScoped
public class RenewalService {

    private final RenewalRepository renewals;
    private final DocumentRepository documents;
    private final ClosedCaseRepository closedCases;
    private final EndedMemberRepository endedMembers;
    private final ValidityRules rules;
    private final Outbox outbox;
    private final Clock clock;

    public RenewalService(RenewalRepository renewals, DocumentRepository documents, ClosedCaseRepository closedCases,
                          EndedMemberRepository endedMembers, ValidityRules rules, Outbox outbox, Clock clock) {
        this.endedMembers = endedMembers;
        this.renewals = renewals;
        this.documents = documents;
        this.closedCases = closedCases;
        this.rules = rules;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Requests a renewal; the document stays valid (RENEWAL_PENDING) until the renewal is decided. */
    @Transactional
    public RenewalView request(String documentNumber, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        Document document = documents.findByNumberForUpdate(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        document.renewalRequested(rules, today, closedCases.isOpen(document.caseId())
                && endedMembers.inProcedure(document.memberId()));
        Renewal renewal = Renewal.request(document.id(), today, officer, document.validUntil());
        renewals.persist(renewal);
        outbox.publish(new DocumentRenewalRequested(
                EventMetadata.create(DocumentRenewalRequested.class, document.caseId(), trace, Instant.now(clock)),
                renewal.id(), document.id(), document.documentNumber(), document.memberId(), today,
                document.validUntil()));
        return RenewalView.of(renewal, document, today);
    }

    @Transactional
    public RenewalView decide(UUID renewalId, RenewalDecisionRequest decision, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        Renewal renewal = renewals.findByIdOptional(renewalId)
                .orElseThrow(() -> ProblemException.notFound("Renewal", renewalId));
        Document document = documents.findByIdOptional(renewal.documentId()).orElseThrow();
        if (renewal.status() != Renewal.Status.PENDING) {
            throw ProblemException.illegalTransition("Renewal " + renewalId, renewal.status(), "decided");
        }
        Instant now = Instant.now(clock);
        if (decision.approved()) {
            LocalDate previous = document.validUntil();
            LocalDate renewedUntil = document.renew(rules, today);
            renewal.approve(today, officer, renewedUntil, decision.note());
            outbox.publish(new DocumentRenewed(EventMetadata.create(DocumentRenewed.class, document.caseId(), trace,
                    now), renewal.id(), document.id(), document.documentNumber(), document.memberId(), previous,
                    renewedUntil, today));
        } else {
            document.renewalRefused();
            renewal.refuse(today, officer, decision.note());
            outbox.publish(new DocumentRenewalRefused(EventMetadata.create(DocumentRenewalRefused.class,
                    document.caseId(), trace, now), renewal.id(), document.id(), document.documentNumber(),
                    document.memberId(), document.validUntil(), today));
        }
        return RenewalView.of(renewal, document, today);
    }

    @Transactional
    public RenewalView find(UUID renewalId) {
        Renewal renewal = renewals.findByIdOptional(renewalId)
                .orElseThrow(() -> ProblemException.notFound("Renewal", renewalId));
        return RenewalView.of(renewal, documents.findByIdOptional(renewal.documentId()).orElseThrow(),
                LocalDate.now(clock));
    }
}
