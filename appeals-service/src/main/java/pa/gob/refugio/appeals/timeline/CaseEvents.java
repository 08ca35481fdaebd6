package pa.gob.refugio.appeals.timeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.appeals.timeline.TimelineEntry.Direction;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.kit.outbox.Outbox;

/**
 * Publishes this service's events through the outbox and keeps the case's timeline (events consumed and published),
 * from which the case summary is generated. Both in the caller's transaction.
 */
@ApplicationScoped
public class CaseEvents implements PanacheRepositoryBase<TimelineEntry, UUID> {

    private final Outbox outbox;

    public CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes {@code event} (outbox) and records it in the case's timeline under the legal date {@code on}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event, UUID decisionId, LocalDate on, String detail) {
        outbox.publish(event);
        record(event, decisionId, on, Direction.PUBLISHED, detail);
    }

    /** Records an event consumed from another service in the case's timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consumed(DomainEvent event, UUID decisionId, LocalDate on, String detail) {
        record(event, decisionId, on, Direction.CONSUMED, detail);
    }

    public List<TimelineEntry> of(UUID caseId) {
        return list("caseId = ?1 order by occurredAt", caseId);
    }

    private void record(DomainEvent event, UUID decisionId, LocalDate on, Direction direction, String detail) {
        persist(new TimelineEntry(event.caseId(), event.eventId(), event.metadata().type(), on,
                event.metadata().occurredAt(), decisionId, direction, detail));
    }
}
