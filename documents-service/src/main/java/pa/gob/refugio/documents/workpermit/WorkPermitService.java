package pa.gob.refugio.documents.workpermit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.documents.document.DocumentStoppedBeingValid;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.documents.WorkPermitEnded;
import pa.gob.refugio.events.documents.WorkPermitRecorded;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * MITRADEL's work permits: recorded against the member's document when the rules allow it, ended when the document
 * stops being valid ({@link DocumentStoppedBeingValid}, in the transaction that revoked or superseded it), and the
 * members' working age learnt from registration's events.
 */
@ApplicationScoped
public class WorkPermitService {

    private static final Logger LOG = Logger.getLogger(WorkPermitService.class);

    private final WorkPermitRepository permits;
    private final WorkingAgeRepository ages;
    private final DocumentRepository documents;
    private final WorkPermitEligibility eligibility;
    private final Outbox outbox;
    private final Clock clock;

    public WorkPermitService(WorkPermitRepository permits, WorkingAgeRepository ages, DocumentRepository documents,
                             WorkPermitEligibility eligibility, Outbox outbox, Clock clock) {
        this.permits = permits;
        this.ages = ages;
        this.documents = documents;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records MITRADEL's permit for the holder of {@code documentNumber}: 404 unknown document, 409 permit number
     * already recorded or a permit still in force on this document, 422 when the rules refuse it.
     */
    @Transactional
    public WorkPermitView record(String documentNumber, WorkPermitRequest request, String officer, Trace trace) {
        Document document = documents.findByNumberForUpdate(documentNumber)
                .orElseThrow(() -> ProblemException.notFound("Document", documentNumber));
        LocalDate today = LocalDate.now(clock);
        String number = request.permitNumber().strip();
        if (permits.numberTaken(number)) {
            throw ProblemException.conflict("work-permit-number-taken",
                            Texts.of("Número de permiso ya registrado", "Permit number already recorded"),
                            Texts.of("El permiso de trabajo " + number + " ya está registrado.",
                                    "Work permit " + number + " is already recorded."))
                    .with("permitNumber", number);
        }
        eligibility.rules().checkRecordable(documentNumber, document.kind(), document.statusOn(today),
                document.inForceOn(today), document.validFrom(), document.validUntil(),
                eligibility.adult(document.memberId()), request.validFrom(), request.validUntil());
        boolean inForce = permits.inForceOfDocument(documentNumber).stream()
                .anyMatch(p -> p.statusOn(today) == WorkPermit.Status.IN_FORCE);
        if (inForce) {
            throw ProblemException.conflict("work-permit-already-in-force",
                    Texts.of("Ya hay un permiso de trabajo vigente", "A work permit is already in force"),
                    Texts.of("El documento " + documentNumber + " ya tiene un permiso de trabajo vigente.",
                            "Document " + documentNumber + " already has a work permit in force."));
        }
        Instant now = Instant.now(clock);
        WorkPermit permit = WorkPermit.record(number, document.id(), documentNumber, document.caseId(),
                document.memberId(), request.validFrom(), request.validUntil(), officer, now);
        permits.persist(permit);
        outbox.publish(new WorkPermitRecorded(EventMetadata.create(WorkPermitRecorded.class, document.caseId(),
                trace, now), permit.id(), number, document.id(), documentNumber, document.memberId(),
                permit.validFrom(), permit.validUntil()));
        return WorkPermitView.of(permit, today);
    }

    @Transactional
    public List<WorkPermitView> ofDocument(String documentNumber) {
        if (documents.findByNumber(documentNumber).isEmpty()) {
            throw ProblemException.notFound("Document", documentNumber);
        }
        LocalDate today = LocalDate.now(clock);
        return permits.ofDocument(documentNumber).stream().map(p -> WorkPermitView.of(p, today)).toList();
    }

    /** The document stopped being valid: its permits in force end that day (same transaction). */
    void onDocumentStopped(@Observes DocumentStoppedBeingValid stopped) {
        for (WorkPermit permit : permits.inForceOfDocument(stopped.documentNumber())) {
            if (permit.endWithDocument(stopped.on())) {
                LOG.infof("Work permit %s ended on %s with document %s", permit.permitNumber(),
                        permit.endedOn(), stopped.documentNumber());
                outbox.publish(new WorkPermitEnded(EventMetadata.create(WorkPermitEnded.class, permit.caseId(),
                        Trace.start(), Instant.now(clock)), permit.id(), permit.permitNumber(),
                        permit.documentNumber(), permit.memberId(), permit.validFrom(), permit.endedOn(),
                        WorkPermitEnded.Reason.DOCUMENT_STOPPED_BEING_VALID));
            }
        }
    }

    /** Registration's fact for a member added to a registered family (amendments): adult or not. */
    @Transactional
    public void learnWorkingAge(pa.gob.refugio.events.registration.MemberAdded added) {
        if (ages.findByIdOptional(added.memberId()).isEmpty()) {
            ages.persist(new WorkingAge(added.memberId(), added.caseId(), added.adult(), added.eventId(),
                    Instant.now(clock)));
        }
    }

    /** Registration's fact: which members were registered as adults (no date of birth crosses). */
    @Transactional
    public void learnWorkingAge(ApplicationRegistered registered) {
        Instant now = Instant.now(clock);
        for (ApplicationRegistered.Member m : registered.members()) {
            if (ages.findByIdOptional(m.memberId()).isEmpty()) {
                ages.persist(new WorkingAge(m.memberId(), registered.caseId(), m.adult(), registered.eventId(), now));
            }
        }
    }
}
