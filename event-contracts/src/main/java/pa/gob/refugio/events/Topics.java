package pa.gob.refugio.events;

import java.util.List;

/** One topic per owning service; the key of every record is the case id. */
public final class Topics {

    public static final String REGISTRATION = "registration.events";
    public static final String INTERVIEW = "interview.events";
    public static final String DECISION = "decision.events";
    public static final String DOCUMENTS = "documents.events";
    public static final String APPEALS = "appeals.events";

    public static final List<String> ALL = List.of(REGISTRATION, INTERVIEW, DECISION, DOCUMENTS, APPEALS);

    /** Where a consumer group sends the records it cannot process. */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlq";
    }

    private Topics() {
    }
}
