package pa.gob.refugio.stack.bench;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pa.gob.refugio.stack.bench.FamilyMix.Family;

/** One family on its way through the procedure: what has happened to it and what the driver has asked already. */
final class FamilyRun {

    final Family family;
    final String site;
    volatile UUID caseId;
    volatile List<String> memberIds = List.of();
    /** When registration-service answered 201 (System.nanoTime()). */
    volatile long registeredNanos;

    final Set<String> interviewsStarted = new HashSet<>();
    boolean admissionRequested;
    boolean eligibilityRequested;
    volatile String rejectionDecisionId;
    boolean reconsiderationRequested;
    boolean appealRequested;
    boolean appealDenied;
    boolean rejectionFinal;
    final Set<String> provisional = new HashSet<>();
    final Set<String> refugee = new HashSet<>();
    final Set<String> revoked = new HashSet<>();
    /** The procedure's last event (its ce_time) once the family reached its end. */
    volatile Instant finishedAt;
    volatile long finishedNanos;
    Instant lastEventAt;
    volatile String failure;

    FamilyRun(Family family, String site) {
        this.family = family;
        this.site = site;
    }

    boolean finished() {
        return finishedAt != null;
    }

    /** Whether the family is at its expected end: documents for every member, or the appeal denied and revoked. */
    boolean atExpectedEnd() {
        int members = memberIds.size();
        if (members == 0) {
            return false;
        }
        return family.rejected()
                ? appealDenied && rejectionFinal && revoked.size() == members
                : refugee.size() == members;
    }

    String expectedEnd() {
        return family.rejected() ? "appeal denied, rejection final, every provisional ID revoked"
                : "a refugee document for every member";
    }
}
