package pa.gob.refugio.registration.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one seam between the partner code ({@code partner.referral}, {@code partner.webhook}) and the rest of
 * registration-service. What the partner code NEEDS from the application/case is this interface (implemented outside
 * the partner package, by {@code timeline.PartnerCaseLink}); what it is TOLD are the CDI events nested here, fired by
 * the rest of registration-service synchronously, inside the transaction that made the change. Partner code imports
 * nothing else of registration-service, and the rest of registration-service imports nothing of the partner code but
 * this file.
 */
public interface CaseLink {

    /** Whether the application (case) exists. */
    boolean exists(UUID caseId);

    /**
     * Whether the member of the case is an adult on {@code on}; empty when the case has no such member (or the case
     * does not exist).
     */
    Optional<Boolean> memberIsAdult(UUID caseId, UUID memberId, LocalDate on);

    /** Where the case stands, for a partner's coarse status (no personal data). */
    Progress progress(UUID caseId);

    /**
     * @param status     the case's status (REGISTERED, WITHDRAWN, ABANDONED, CLOSED)
     * @param phase      the case's phase from its timeline
     * @param eventTypes the types of the case's timeline events
     */
    record Progress(String status, String phase, List<String> eventTypes) {
    }

    /**
     * Told: a child alone (unaccompanied or separated) was registered; SENNIAF is informed by law. Fired inside the
     * registration transaction.
     *
     * @param howAlone UNACCOMPANIED or SEPARATED
     */
    record ChildAloneRegistered(UUID caseId, UUID memberId, String howAlone, String officer) {
    }

    /**
     * Told: an event of some service about the case was recorded on its timeline (its status or phase may have
     * moved). Fired inside the inbox transaction that recorded it, so what the partner code derives and queues from
     * it commits with the event or not at all.
     */
    record CaseMoved(UUID caseId) {
    }
}
