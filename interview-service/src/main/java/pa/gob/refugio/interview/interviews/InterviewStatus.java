package pa.gob.refugio.interview.interviews;

import java.util.Optional;

/**
 * The life of one interview, as a plain state machine:
 * <pre>
 * SCHEDULED --complete--> COMPLETED
 * SCHEDULED --no-show---> NO_SHOW --reschedule--> SCHEDULED
 * SCHEDULED --reschedule-> SCHEDULED (another slot)
 * SCHEDULED | NO_SHOW --cancel--> CANCELLED (the case ended)
 * </pre>
 * COMPLETED and CANCELLED are final.
 */
public enum InterviewStatus {
    SCHEDULED, COMPLETED, NO_SHOW, CANCELLED;

    /** What an officer (or the end of the case) can do to an interview. */
    public enum Action {
        COMPLETE("completed"), RECORD_NO_SHOW("marked as a no-show"), RESCHEDULE("rescheduled"),
        CANCEL("cancelled");

        private final String pastParticiple;

        Action(String pastParticiple) {
            this.pastParticiple = pastParticiple;
        }

        /** e.g. "rescheduled", for "it cannot be rescheduled". */
        public String pastParticiple() {
            return pastParticiple;
        }
    }

    /** The status after {@code action}, or empty if the action is not allowed in this status. */
    public Optional<InterviewStatus> after(Action action) {
        InterviewStatus next = switch (this) {
            case SCHEDULED -> switch (action) {
                case COMPLETE -> COMPLETED;
                case RECORD_NO_SHOW -> NO_SHOW;
                case RESCHEDULE -> SCHEDULED;
                case CANCEL -> CANCELLED;
            };
            case NO_SHOW -> switch (action) {
                case RESCHEDULE -> SCHEDULED;
                case CANCEL -> CANCELLED;
                default -> null;
            };
            case COMPLETED, CANCELLED -> null;
        };
        return Optional.ofNullable(next);
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }

    /** Still waiting to be held: scheduled, or missed and not yet rescheduled. */
    public boolean isOpen() {
        return this == SCHEDULED || this == NO_SHOW;
    }
}
