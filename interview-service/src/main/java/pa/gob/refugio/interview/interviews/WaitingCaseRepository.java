package pa.gob.refugio.interview.interviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WaitingCaseRepository implements PanacheRepositoryBase<WaitingCase, UUID> {

    private static final String WAITING_AT = "site = ?1 and bookedAt is null and leftAt is null";
    private static final String IN_ORDER = " order by priorityRank, registeredAt, caseId";

    /**
     * Makes the rest of the current transaction read one snapshot (REPEATABLE READ, read only), so a count and a page
     * read after it agree even while cases join the list. Must be the transaction's first statement.
     */
    void readOneSnapshot() {
        getEntityManager().createNativeQuery("set transaction isolation level repeatable read, read only")
                .executeUpdate();
    }

    /** The waiting cases of a site in {@link WaitingOrder}, one page. */
    List<WaitingCase> inOrder(String site, int page, int size) {
        return find(WAITING_AT + IN_ORDER, site).page(Page.of(page, size)).list();
    }

    long waitingAt(String site) {
        return count(WAITING_AT, site);
    }

    long bookedAt(String site) {
        return count("site = ?1 and bookedAt is not null", site);
    }

    /** The sites where some case waits. */
    List<String> sitesWithWaitingCases() {
        return getEntityManager().createQuery("select distinct w.site from WaitingCase w "
                + "where w.bookedAt is null and w.leftAt is null", String.class).getResultList();
    }
}
