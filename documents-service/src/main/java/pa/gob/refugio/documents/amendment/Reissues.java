package pa.gob.refugio.documents.amendment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentService;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * SNM's worklist of cards to print again after registration corrected their holder's identity data (amendments,
 * issue 13). No revocation: the document stays valid with its number and dates; SNM prints a new card and records it.
 */
@ApplicationScoped
public class Reissues {

    private static final Logger LOG = Logger.getLogger(Reissues.class);

    private final EntityManager em;
    private final DocumentService documents;
    private final Clock clock;

    public Reissues(EntityManager em, DocumentService documents, Clock clock) {
        this.em = em;
        this.documents = documents;
        this.clock = clock;
    }

    /** Each active document of the member goes on the worklist once per correction (events replay). */
    @Transactional
    public void onCorrection(MemberDataCorrected corrected) {
        Instant now = Instant.now(clock);
        for (Document d : documents.activeOfMember(corrected.memberId())) {
            boolean listed = !em.createQuery("select r.id from Reissue r where r.documentNumber = :n "
                            + "and r.correctionVersion = :v", UUID.class)
                    .setParameter("n", d.documentNumber()).setParameter("v", corrected.version())
                    .getResultList().isEmpty();
            if (!listed) {
                em.persist(new Reissue(d.id(), d.documentNumber(), corrected.caseId(), corrected.memberId(),
                        corrected.version(), String.join(",", corrected.fieldsChanged()), now));
            }
        }
        LOG.infof("Member %s: identity data corrected (version %d); active documents listed for reprint",
                corrected.memberId(), corrected.version());
    }

    /** The cards still to print, oldest request first. */
    @Transactional
    public Page pending(int page, int size) {
        long total = em.createQuery("select count(r) from Reissue r where r.printedAt is null", Long.class)
                .getSingleResult();
        List<ReissueView> items = em.createQuery("from Reissue r where r.printedAt is null "
                        + "order by r.requestedAt, r.documentNumber", Reissue.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(ReissueView::of)
                .toList();
        return new Page(page, size, total, items);
    }

    /** SNM printed the new card of a reissue listed. */
    @Transactional
    public ReissueView printed(UUID reissueId, String officer) {
        Reissue r = em.find(Reissue.class, reissueId);
        if (r == null) {
            throw ProblemException.notFound("Reissue", reissueId);
        }
        r.printed(officer, Instant.now(clock));
        return ReissueView.of(r);
    }

    public record Page(int page, int size, long total, List<ReissueView> items) {
    }

    public record ReissueView(UUID reissueId, String documentNumber, UUID caseId, UUID memberId,
                              int correctionVersion, List<String> fieldsChanged, Instant requestedAt,
                              Instant printedAt) {

        static ReissueView of(Reissue r) {
            return new ReissueView(r.id(), r.documentNumber(), r.caseId(), r.memberId(), r.correctionVersion(),
                    r.fieldsChanged().isEmpty() ? List.of() : Arrays.asList(r.fieldsChanged().split(",")),
                    r.requestedAt(), r.printedAt());
        }
    }
}
