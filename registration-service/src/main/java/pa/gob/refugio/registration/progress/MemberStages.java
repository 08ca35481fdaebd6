package pa.gob.refugio.registration.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stage rules of the read model: how one member moves from stage to stage with the events of every service. The
 * facts are folded in the order they happened (not the order they arrived: topics are consumed apart), so the same
 * timeline always gives the same stages. A fact that does not move the member (a document renewed, one interview
 * completed, ...) leaves the stage and its {@code since} as they are.
 */
public final class MemberStages {

    /** One event of the case as the timeline keeps it; {@code memberIds} empty: the whole case. */
    public record Fact(String type, Instant at, Map<String, String> facts, List<UUID> memberIds) {
    }

    /** One stage of a member: entered at {@code since}; {@code waitingFor} may name a last day. */
    public record StageEntry(Stage stage, Instant since, String waitingFor) {
    }

    /**
     * Interviews and the waiting list are the family's stage: a case waits until every adult is interviewed, so the
     * children (never interviewed) move with the adults.
     */
    static final Set<String> FAMILY_EVENTS = Set.of("InterviewScheduled", "InterviewRescheduled",
            "InterviewCompleted", "InterviewNoShow", "InterviewCancelled", "ExtensionInterviewCalled",
            "CaseWaitlisted", "CaseReadyForDecision");

    /**
     * The events that can move a member from one stage to another ({@link #step}'s cases) and the registration that
     * starts the first: the read model is recomputed after these only; any other event of the case (a certificate
     * issued, a document revoked...) leaves every member where they stand. Keep in step with {@link #step}.
     */
    public static final Set<String> STAGE_EVENTS = Set.of("ApplicationRegistered", "AppealDenied", "AppealFiled",
            "AppealGranted", "AppealWindowOpened", "ApplicationAbandoned", "ApplicationAdmitted",
            "ApplicationNotAdmitted", "ApplicationWithdrawn", "CaseReadyForDecision", "CaseWaitlisted",
            "ChallengeWindowReinstated", "ExtensionInterviewCalled", "FinalRejectionReversed", "InterviewCancelled",
            "InterviewCompleted", "InterviewNoShow", "InterviewRescheduled", "InterviewScheduled",
            "ProvisionalIdIssued", "ReconsiderationConfirmed", "ReconsiderationFiled", "ReconsiderationGranted",
            "ReconsiderationWindowOpened", "RefugeeDocumentIssued", "RejectionBecameFinal", "ResolutionNotified",
            "StatusRecognized", "StatusRejected", "StatusEndBecameFinal", "CaseReopened",
            "MemberAdded"); // amendments (issue 13): the member added starts their first stage, like a registration

    /** Whether an event of this type (its name, without version) may change where a member stands. */
    public static boolean movesStages(String eventType) {
        return STAGE_EVENTS.contains(eventType);
    }

    private MemberStages() {
    }

    /**
     * Every stage the member went through, oldest first; the last one is where the member stands.
     *
     * @param member       the member
     * @param registeredAt when the application was registered (the first stage)
     * @param endedAs      registration-service's own record of an ended procedure (RECOGNIZED, REJECTED_FINAL,
     *                     WITHDRAWN, ABANDONED, CLOSED), or null while in the procedure; used when no event says so
     *                     (cases closed before the read model)
     * @param endedAt      when that procedure ended (may be null)
     * @param facts        the case's events, in any order
     */
    public static List<StageEntry> of(UUID member, Instant registeredAt, String endedAs, Instant endedAt,
                                      List<Fact> facts) {
        List<StageEntry> history = new ArrayList<>();
        history.add(new StageEntry(Stage.REGISTERED, registeredAt, Stage.REGISTERED.waitingFor()));
        for (Fact fact : facts.stream().sorted(Comparator.comparing(Fact::at)).toList()) {
            if (!concerns(fact, member)) {
                continue;
            }
            StageEntry current = history.get(history.size() - 1);
            StageEntry next = step(fact, current);
            if (next != null && next.stage() != current.stage()) {
                history.add(next);
            } else if (next != null && next.waitingFor() != null && !next.waitingFor().equals(current.waitingFor())) {
                history.set(history.size() - 1, new StageEntry(current.stage(), current.since(), next.waitingFor()));
            }
        }
        StageEntry last = history.get(history.size() - 1);
        Stage ended = endedStage(endedAs, last.stage());
        if (ended != null) {
            Instant at = endedAt == null || endedAt.isBefore(last.since()) ? last.since() : endedAt;
            history.add(new StageEntry(ended, at, ended.waitingFor()));
        }
        return List.copyOf(history);
    }

    /** The current stage: the last of {@link #of}. */
    public static StageEntry current(List<StageEntry> history) {
        return history.get(history.size() - 1);
    }

    static boolean concerns(Fact fact, UUID member) {
        return fact.memberIds() == null || fact.memberIds().isEmpty() || fact.memberIds().contains(member)
                || FAMILY_EVENTS.contains(fact.type());
    }

    private static StageEntry step(Fact fact, StageEntry current) {
        Stage stage = current.stage();
        Map<String, String> f = fact.facts();
        Instant at = fact.at();
        if (stage.isEnd() && !fact.type().equals("FinalRejectionReversed")
                && !fact.type().equals("StatusEndBecameFinal") && !fact.type().equals("CaseReopened")) {
            return null; // an end stays an end (a v1 withdrawal names no members: it spares those already out)
        }
        return switch (fact.type()) {
            case "CaseWaitlisted" -> stage == Stage.REGISTERED || stage == Stage.INTERVIEWS_SCHEDULED
                    ? to(Stage.WAITING_LIST, at) : null;
            case "InterviewScheduled", "InterviewRescheduled", "InterviewCompleted", "InterviewNoShow",
                 "InterviewCancelled" -> stage == Stage.REGISTERED || stage == Stage.WAITING_LIST
                    ? to(Stage.INTERVIEWS_SCHEDULED, at) : null;
            case "ExtensionInterviewCalled" -> stage.beforeDecision() ? to(Stage.INTERVIEWS_SCHEDULED, at) : null;
            case "CaseReadyForDecision" -> stage.beforeDecision() ? to(Stage.INTERVIEWED, at) : null;
            case "ApplicationAdmitted" -> to(Stage.ADMITTED, at);
            case "ProvisionalIdIssued" -> stage == Stage.ADMITTED ? to(Stage.AWAITING_ELIGIBILITY, at) : null;
            case "ApplicationNotAdmitted" -> to(Stage.NOT_ADMITTED, at);
            case "StatusRejected" -> to(Stage.REJECTED, at);
            case "ResolutionNotified" -> ("REJECTED".equals(f.get("resolution"))
                    || "NOT_ADMITTED".equals(f.get("resolution"))) && stage != Stage.RECONSIDERATION_WINDOW
                    ? to(Stage.RECONSIDERATION_WINDOW, at) : null;
            case "ReconsiderationWindowOpened" -> window(Stage.RECONSIDERATION_WINDOW, "a reconsideration to CONARE",
                    f.get("lastDay"), current, at);
            case "ReconsiderationFiled" -> to(Stage.IN_RECONSIDERATION, at);
            case "ReconsiderationConfirmed" -> to(Stage.REJECTION_CONFIRMED, at);
            case "AppealWindowOpened" -> window(Stage.APPEAL_WINDOW, "an appeal to the Minister", f.get("lastDay"),
                    current, at);
            case "ChallengeWindowReinstated" -> "SUPERVISOR".equals(f.get("cause"))
                    ? window("APPEAL".equals(f.get("window")) ? Stage.APPEAL_WINDOW : Stage.RECONSIDERATION_WINDOW,
                            "APPEAL".equals(f.get("window")) ? "an appeal to the Minister" : "a reconsideration to CONARE",
                            f.get("lastDay"), current, at)
                    : null;
            case "AppealFiled" -> to(Stage.IN_APPEAL, at);
            case "ReconsiderationGranted", "AppealGranted" -> to(Stage.GRANTED_ON_CHALLENGE, at);
            case "AppealDenied" -> to(Stage.APPEAL_DENIED, at);
            case "RejectionBecameFinal" -> to(Stage.FINALLY_REJECTED, at);
            case "FinalRejectionReversed" -> stage == Stage.FINALLY_REJECTED
                    ? to(String.valueOf(f.get("reversedCause")).startsWith("RECONSIDERATION")
                            ? Stage.RECONSIDERATION_WINDOW : Stage.APPEAL_WINDOW, at)
                    : null;
            case "StatusRecognized" -> to(Stage.RECOGNISED, at);
            case "RefugeeDocumentIssued" -> stage == Stage.RECOGNISED ? to(Stage.DOCUMENTED, at) : null;
            case "ApplicationWithdrawn" -> to(Stage.WITHDRAWN, at);
            case "ApplicationAbandoned" -> to(Stage.ABANDONED, at);
            // the end of a recognised member's status, once final; the Third Chamber's annulment reopens the step
            case "StatusEndBecameFinal" -> stage == Stage.RECOGNISED || stage == Stage.DOCUMENTED
                    ? to(Stage.STATUS_ENDED, at) : null;
            case "CaseReopened" -> switch (String.valueOf(f.get("reopenedAt"))) {
                case "RECOGNIZED" -> stage == Stage.STATUS_ENDED ? to(Stage.DOCUMENTED, at) : null;
                case "ELIGIBILITY" -> stage == Stage.FINALLY_REJECTED ? to(Stage.AWAITING_ELIGIBILITY, at) : null;
                case "ADMISSIBILITY" -> stage == Stage.FINALLY_REJECTED ? to(Stage.INTERVIEWED, at) : null;
                default -> null;
            };
            default -> null;
        };
    }

    private static StageEntry to(Stage stage, Instant at) {
        return new StageEntry(stage, at, stage.waitingFor());
    }

    /** A window opened: its last day is what the member waits for; already in it, the clock does not restart. */
    private static StageEntry window(Stage stage, String what, String lastDay, StageEntry current, Instant at) {
        String waitingFor = lastDay == null ? stage.waitingFor()
                : what + " filed by " + lastDay + ", or the window's lapse";
        return new StageEntry(stage, current.stage() == stage ? current.since() : at, waitingFor);
    }

    /** The end registration-service recorded, when the events have not brought the member there. */
    private static Stage endedStage(String endedAs, Stage last) {
        if (endedAs == null || endedAs.equals("IN_PROCEDURE")) {
            return null;
        }
        Stage ended = switch (endedAs) {
            case "RECOGNIZED" -> last == Stage.RECOGNISED || last == Stage.DOCUMENTED ? null : Stage.RECOGNISED;
            case "REJECTED_FINAL" -> Stage.FINALLY_REJECTED;
            case "WITHDRAWN" -> Stage.WITHDRAWN;
            case "ABANDONED" -> Stage.ABANDONED;
            default -> Stage.CLOSED;
        };
        if (ended == null || (last.isEnd() && ended != Stage.RECOGNISED)) {
            return null;
        }
        return ended == last ? null : ended;
    }
}
