package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ApplicationNotAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.rules.deadline.Deadline;

/** How appeals-service reacts to decision-service's events: a negative resolution notified opens the window. */
@ApplicationScoped
public class DecisionReactions {

    private static final Logger LOG = Logger.getLogger(DecisionReactions.class);

    private final WindowRepository windows;
    private final DecisionMembers decisionMembers;
    private final CaseEvents events;
    private final ChallengeSupport support;

    DecisionReactions(WindowRepository windows, DecisionMembers decisionMembers, CaseEvents events,
                      ChallengeSupport support) {
        this.windows = windows;
        this.decisionMembers = decisionMembers;
        this.events = events;
        this.support = support;
    }

    /** v1: the window's members are those of the decision as StatusRejected / ApplicationNotAdmitted v2 named them. */
    @Transactional
    public void onResolutionNotified(ResolutionNotified notified) {
        openReconsiderationWindow(notified, decisionMembers.of(notified.decisionId()));
    }

    /** v2 names the members notified: the window is theirs. */
    @Transactional
    public void onResolutionNotifiedV2(ResolutionNotifiedV2 notified) {
        if (notified.resolution() != null && notified.resolution().negative()) {
            decisionMembers.remember(notified.decisionId(), notified.memberIds());
        }
        openReconsiderationWindow(new ResolutionNotified(notified.metadata(), notified.decisionId(),
                notified.resolution(), notified.notifiedOn(), notified.channel()), notified.memberIds());
    }

    @Transactional
    public void onStatusRejected(StatusRejected rejected) {
        decisionMembers.remember(rejected.decisionId(), rejected.memberIds());
        events.consumed(rejected, rejected.decisionId(), rejected.decidedOn(),
                "CONARE rejected the application for " + rejected.memberIds().size() + " member(s)");
    }

    @Transactional
    public void onApplicationNotAdmittedV2(ApplicationNotAdmittedV2 notAdmitted) {
        decisionMembers.remember(notAdmitted.decisionId(), notAdmitted.memberIds());
        events.consumed(notAdmitted, notAdmitted.decisionId(), notAdmitted.decidedOn(),
                "Application not admitted for " + notAdmitted.memberIds().size() + " member(s) (ground: "
                        + notAdmitted.ground() + ")");
    }

    @Transactional
    public void onApplicationNotAdmitted(ApplicationNotAdmitted notAdmitted) {
        events.consumed(notAdmitted, notAdmitted.decisionId(), notAdmitted.decidedOn(),
                "Application not admitted (ground: " + notAdmitted.ground() + ")");
    }

    /** A negative resolution was notified: the reconsideration window opens. Positive ones are ignored. */
    private void openReconsiderationWindow(ResolutionNotified notified, List<UUID> memberIds) {
        if (notified.resolution() == null || !notified.resolution().negative()) {
            return;
        }
        if (windows.find(notified.decisionId(), WindowKind.RECONSIDERATION).isPresent()) {
            LOG.infof("Reconsideration window for decision %s already open; notification %s ignored",
                    notified.decisionId(), notified.eventId());
            return;
        }
        Deadline deadline = support.deadlinesForCase(notified.caseId()).reconsideration(notified.notifiedOn());
        ChallengeWindow window = ChallengeWindow.open(notified.caseId(), notified.decisionId(),
                WindowKind.RECONSIDERATION, notified.resolution().name(), null, notified.channel(), deadline,
                support.now());
        windows.persist(window.concerning(memberIds));
        events.consumed(notified, notified.decisionId(), notified.notifiedOn(),
                "Resolution " + notified.resolution() + " notified"
                        + (notified.channel() == null ? "" : " (" + notified.channel() + ")"));
        events.publish(memberIds.isEmpty()
                        ? new ReconsiderationWindowOpened(support.meta(ReconsiderationWindowOpened.class,
                        notified.caseId(), notified.metadata().causing()),
                        notified.decisionId(), notified.notifiedOn(), deadline.lastDay())
                        : new ReconsiderationWindowOpenedV2(support.meta(ReconsiderationWindowOpenedV2.class,
                        notified.caseId(), notified.metadata().causing()),
                        notified.decisionId(), memberIds, notified.notifiedOn(), deadline.lastDay()),
                notified.decisionId(), notified.notifiedOn(),
                "Reconsideration window open until " + deadline.lastDay());
    }
}
