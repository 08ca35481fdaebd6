package pa.gob.refugio.events.interview;

import java.util.List;
import pa.gob.refugio.events.DomainEvent;

/** Every event interview-service publishes on its topic; add a new event here (and to docs/events.md). */
public final class InterviewEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            InterviewScheduled.class, InterviewCompleted.class, CaseReadyForDecision.class,
            InterviewRescheduled.class, InterviewNoShow.class, ExtensionInterviewCalled.class,
            InterviewCancelled.class, CaseWaitlisted.class);

    private InterviewEvents() {
    }
}
