package pa.gob.refugio.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.interview.CaseReadyForDecision;

/** A use case as services write them: a state change and its event in one transaction. */
@ApplicationScoped
public class SampleUseCase {

    private final EntityManager em;
    private final Outbox outbox;

    public SampleUseCase(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional
    public CaseReadyForDecision change(UUID caseId, boolean failAfterwards) {
        em.persist(new SampleCase(UUID.randomUUID(), "changed"));
        CaseReadyForDecision event = new CaseReadyForDecision(
                EventMetadata.create(CaseReadyForDecision.class, caseId, Trace.start(), Instant.now()),
                List.of(UUID.randomUUID()));
        outbox.publish(event);
        if (failAfterwards) {
            throw new IllegalStateException("the use case fails after publishing");
        }
        return event;
    }
}
