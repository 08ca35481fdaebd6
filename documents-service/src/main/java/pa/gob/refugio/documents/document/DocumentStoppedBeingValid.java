package pa.gob.refugio.documents.document;

import java.time.LocalDate;
import java.util.UUID;

/**
 * In-service CDI event (not a Kafka event): a document stopped being valid on {@code on} — revoked or superseded
 * (fired by {@link DocumentService} in the transaction that changed it). What depends on a document's validity (work
 * permits) observes it. A document that simply runs out is not announced: what follows it ends on its own last day.
 */
public record DocumentStoppedBeingValid(String documentNumber, UUID memberId, LocalDate on) {
}
