package pa.gob.refugio.events.decision;

import java.util.List;
import pa.gob.refugio.events.DomainEvent;

/** Every event decision-service publishes on its topic; add a new event here (and to docs/events.md). */
public final class DecisionEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ApplicationAdmitted.class, ApplicationNotAdmitted.class, StatusRecognized.class, StatusRejected.class,
            ResolutionNotified.class, RejectionBecameFinal.class,
            ApplicationNotAdmittedV2.class, ResolutionNotifiedV2.class, RejectionBecameFinalV2.class,
            BackDatedEntryHeld.class, BackDatedEntryResolved.class, FinalRejectionReversed.class,
            StatusEnded.class, StatusEndBecameFinal.class, CaseReopened.class);

    private DecisionEvents() {
    }
}
