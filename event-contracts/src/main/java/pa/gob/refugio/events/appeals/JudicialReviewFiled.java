package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A judicial review at the Supreme Court's Third Chamber (Contencioso-Administrativo) was recorded, after the
 * administrative route was exhausted. The court acts outside the system; this only records that it happened.
 */
@EventType(name = "JudicialReviewFiled", topic = Topics.APPEALS)
public record JudicialReviewFiled(EventMetadata metadata, UUID judicialReviewId, UUID decisionId, LocalDate filedOn,
                                  String courtReference) implements DomainEvent {
}
