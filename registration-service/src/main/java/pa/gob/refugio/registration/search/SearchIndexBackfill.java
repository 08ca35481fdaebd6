package pa.gob.refugio.registration.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.registration.application.Member;

/**
 * Writes the search index rows of members registered before the index existed: at start (unless
 * {@code refugio.registration.search-backfill-on-start=false}) and callable directly. Walks the members that have no
 * name-token row in id order, in batches of {@code refugio.registration.search-backfill-batch-size}, each batch in its
 * own transaction; each member is loaded (its document number decrypted) once, indexed, and forgotten. Idempotent:
 * a second run finds nothing to do; two instances at once only insert the same rows ({@code on conflict do nothing}).
 */
@ApplicationScoped
public class SearchIndexBackfill {

    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class);

    private final EntityManager em;
    private final SearchIndex index;
    private final boolean onStart;
    private final int batchSize;

    public SearchIndexBackfill(EntityManager em, SearchIndex index,
                               @ConfigProperty(name = "refugio.registration.search-backfill-on-start",
                                       defaultValue = "true") boolean onStart,
                               @ConfigProperty(name = "refugio.registration.search-backfill-batch-size",
                                       defaultValue = "200") int batchSize) {
        this.em = em;
        this.index = index;
        this.onStart = onStart;
        this.batchSize = batchSize;
    }

    void atStart(@Observes StartupEvent event) {
        if (onStart) {
            int indexed = backfill();
            if (indexed > 0) {
                LOG.infof("Search index: %d member(s) registered before the index were indexed", indexed);
            }
        }
    }

    /** Indexes every member that has no index row yet; returns how many members it indexed. */
    public int backfill() {
        int total = 0;
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            UUID from = after;
            boolean start = first;
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = em.createNativeQuery("select m.id from member m where (?1 or m.id > ?2) "
                                + "and not exists (select 1 from member_search_index i where i.member_id = m.id "
                                + "and i.kind = 'NAME_TOKEN') order by m.id limit ?3", UUID.class)
                        .setParameter(1, start).setParameter(2, from).setParameter(3, batchSize).getResultList();
                for (UUID id : ids) {
                    Member member = em.find(Member.class, id);
                    index.index(member.application().id(), member);
                    em.detach(member);
                }
                return ids;
            });
            total += batch.size();
            if (batch.size() < batchSize) {
                return total;
            }
            after = batch.get(batch.size() - 1);
            first = false;
        }
    }
}
