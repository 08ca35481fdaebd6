package pa.gob.refugio.registration.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a case stands, derived from its timeline: the phase, what it waits for, and since when. Events that do not
 * move the case (documents issued, interviews completed one by one, ...) leave the phase as it was.
 */
public final class CaseProgress {

    public record Entry(String type, Instant occurredAt, Map<String, String> facts) {
    }

    public record Progress(String phase, String waitingFor, Instant since) {
    }

    private CaseProgress() {
    }

    /**
     * @param caseStatus       the case status registration-service keeps (REGISTERED, WITHDRAWN, ABANDONED, CLOSED)
     * @param statusSince      when that status started
     * @param registeredAt     when the application was registered
     * @param interviewAt      the registration interview, if any
     * @param timeline         the case's events, in any order
     */
    public static Progress of(String caseStatus, Instant statusSince, Instant registeredAt, LocalDateTime interviewAt,
                              List<Entry> timeline) {
        Progress progress = new Progress("REGISTERED", interviewAt == null
                ? "interviews of every adult (interview-service)"
                : "registration interview on " + interviewAt + ", then interviews of every adult", registeredAt);
        for (Entry e : timeline.stream().sorted(Comparator.comparing(Entry::occurredAt)).toList()) {
            Progress next = step(e, progress);
            if (next != null) {
                progress = next;
            }
        }
        return switch (caseStatus) {
            case "WITHDRAWN" -> new Progress("WITHDRAWN", null, statusSince);
            case "ABANDONED" -> new Progress("ABANDONED", null, statusSince);
            default -> progress;
        };
    }

    private static Progress step(Entry e, Progress current) {
        Map<String, String> f = e.facts();
        Instant at = e.occurredAt();
        return switch (e.type()) {
            case "InterviewScheduled", "InterviewRescheduled", "InterviewCompleted", "InterviewNoShow",
                 "InterviewCancelled", "ExtensionInterviewCalled" -> current.phase().equals("INTERVIEWS")
                    ? current : new Progress("INTERVIEWS", "interviews of every adult to be completed", at);
            case "CaseReadyForDecision" -> new Progress("READY_FOR_DECISION", "admissibility decision (ONPAR)", at);
            case "ApplicationAdmitted" -> new Progress("ADMITTED", "eligibility decision (CONARE)", at);
            case "ApplicationNotAdmitted" -> new Progress("NOT_ADMITTED", "notification of the resolution", at);
            case "StatusRejected" -> new Progress("REJECTED", "notification of the resolution", at);
            case "ResolutionNotified" -> isNegative(f.get("resolution"))
                    ? new Progress("REJECTED_NOTIFIED", "a reconsideration filed within 5 business days", at)
                    : null;
            case "ReconsiderationWindowOpened" -> new Progress("RECONSIDERATION_WINDOW",
                    "a reconsideration to CONARE filed by " + f.get("lastDay"), at);
            case "ReconsiderationFiled" -> new Progress("RECONSIDERATION", "CONARE's reconsideration decision", at);
            case "ReconsiderationConfirmed" -> new Progress("REJECTION_CONFIRMED",
                    "an appeal to the Minister filed within 5 business days", at);
            case "AppealWindowOpened" -> new Progress("APPEAL_WINDOW",
                    "an appeal to the Minister filed by " + f.get("lastDay"), at);
            case "AppealFiled" -> new Progress("APPEAL", "the Minister of Government's decision", at);
            case "ReconsiderationGranted", "AppealGranted" -> new Progress("GRANTED_ON_CHALLENGE",
                    "recognition by CONARE", at);
            case "AppealDenied" -> new Progress("APPEAL_DENIED", null, at);
            case "RejectionBecameFinal" -> new Progress("REJECTED_FINAL", null, at);
            case "ChallengeWindowReinstated" -> "SUPERVISOR".equals(f.get("cause"))
                    ? new Progress("WINDOW_REINSTATED", "a challenge filed by " + f.get("lastDay")
                            + " (window reinstated by a supervisor)", at)
                    : null;
            case "FinalRejectionReversed" -> current.phase().equals("REJECTED_FINAL")
                    ? new Progress("REJECTION_REVERSED", "the challenge of the reinstated window", at) : null;
            case "StatusRecognized" -> new Progress("RECOGNIZED", "refugee documents (SNM)", at);
            case "RefugeeDocumentIssued" -> current.phase().equals("RECOGNIZED")
                    ? new Progress("RECOGNIZED", null, current.since()) : null;
            case "ApplicationWithdrawn" -> new Progress("WITHDRAWN", null, at);
            case "ApplicationAbandoned" -> new Progress("ABANDONED", null, at);
            default -> null;
        };
    }

    private static boolean isNegative(String resolution) {
        return "REJECTED".equals(resolution) || "NOT_ADMITTED".equals(resolution);
    }
}
