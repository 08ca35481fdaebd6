package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A closure recorded by mistake (or revoked by a later decree) no longer counts from now on. */
@EventType(name = "ClosureRevoked", topic = Topics.APPEALS)
public record ClosureRevoked(EventMetadata metadata, UUID closureId, LocalDate date, String legalSource)
        implements DomainEvent {
}
