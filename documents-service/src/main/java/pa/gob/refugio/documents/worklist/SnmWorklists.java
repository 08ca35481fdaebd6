package pa.gob.refugio.documents.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import pa.gob.refugio.documents.workpermit.WorkPermitEligibility;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.documents.document.DocumentView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * SNM's queues and search, read from documents-service's own tables: valid documents expiring within a period (the
 * soonest first), renewals requested and not yet decided (the oldest request first), and documents by number.
 * Document numbers are not secret (SP-/RF-&lt;year&gt;-nnnnnn, printed on the card) and are stored as issued.
 */
@ApplicationScoped
public class SnmWorklists {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final Period LONGEST = Period.ofDays(366);

    private final EntityManager em;
    private final Clock clock;
    private final WorkPermitEligibility eligibility;

    public SnmWorklists(EntityManager em, Clock clock, WorkPermitEligibility eligibility) {
        this.eligibility = eligibility;
        this.em = em;
        this.clock = clock;
    }

    /** Valid documents (not yet up for renewal) whose last day is from today to today + {@code within}. */
    @Transactional
    public Page<DocumentView> expiring(String within, Integer page, Integer size) {
        Period period = period(within);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plus(period);
        if (until.isAfter(today.plus(LONGEST))) {
            throw invalid("within", "at most P366D");
        }
        Paging paging = Paging.of(page, size);
        long total = em.createQuery("select count(d) from Document d where d.status = :valid "
                        + "and d.validUntil between :today and :until", Long.class)
                .setParameter("valid", DocumentStatus.VALID).setParameter("today", today)
                .setParameter("until", until).getSingleResult();
        List<DocumentView> items = em.createQuery("from Document d where d.status = :valid "
                        + "and d.validUntil between :today and :until order by d.validUntil, d.documentNumber",
                        Document.class)
                .setParameter("valid", DocumentStatus.VALID).setParameter("today", today)
                .setParameter("until", until).setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultStream().map(d -> DocumentView.of(d, today, eligibility.eligibleOn(d, today)))
                .toList();
        return new Page<>(paging.page(), paging.size(), total, items);
    }

    /** Renewals requested and not yet decided (PENDING), the oldest request first. */
    @Transactional
    public Page<PendingRenewal> renewals(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        String from = " from renewal r join document d on d.id = r.document_id where r.status = 'PENDING'";
        long total = ((Number) em.createNativeQuery("select count(*)" + from).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.id, r.requested_on, r.valid_until_at_request, d.id as "
                        + "document_id, d.document_number, d.kind, d.case_id, d.member_id, d.valid_until" + from
                        + " order by r.requested_on, r.valid_until_at_request, d.document_number")
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(paging.page(), paging.size(), total, rows.stream().map(r -> new PendingRenewal(
                (UUID) r[0], date(r[1]), date(r[2]), (UUID) r[3], (String) r[4], DocumentKind.valueOf((String) r[5]),
                (UUID) r[6], (UUID) r[7], date(r[8]))).toList());
    }

    /** Documents by number (exact, case and surrounding spaces ignored). */
    @Transactional
    public Page<DocumentView> byNumber(String documentNumber, Integer page, Integer size) {
        if (documentNumber == null || documentNumber.isBlank()) {
            throw invalid("documentNumber", "required");
        }
        Paging paging = Paging.of(page, size);
        LocalDate today = LocalDate.now(clock);
        String number = documentNumber.strip().toUpperCase(Locale.ROOT);
        long total = em.createQuery("select count(d) from Document d where d.documentNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult();
        List<DocumentView> items = em.createQuery("from Document d where d.documentNumber = :n "
                        + "order by d.documentNumber", Document.class).setParameter("n", number)
                .setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultStream().map(d -> DocumentView.of(d, today, eligibility.eligibleOn(d, today)))
                .toList();
        return new Page<>(paging.page(), paging.size(), total, items);
    }

    private static Period period(String within) {
        if (within == null || within.isBlank()) {
            return Period.ofDays(30);
        }
        try {
            Period period = Period.parse(within.strip());
            if (period.isNegative()) {
                throw invalid("within", "not negative");
            }
            return period;
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("within", "an ISO-8601 period such as P30D");
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static ProblemException invalid(String field, String reason) {
        return ProblemException.of(400, "validation", Texts.of("La solicitud no es válida", "The request is not valid"),
                Texts.of(field + ": " + reason, field + ": " + reason));
    }

    /** A renewal waiting for SNM's decision; the document stays valid meanwhile. */
    public record PendingRenewal(UUID renewalId, LocalDate requestedOn, LocalDate validUntilAtRequest,
                                 UUID documentId, String documentNumber, DocumentKind kind, UUID caseId,
                                 UUID memberId, LocalDate documentValidUntil) {
    }

    public record Page<T>(int page, int size, long total, List<T> items) {
    }

    private record Paging(int page, int size) {
        static Paging of(Integer page, Integer size) {
            return new Paging(page == null || page < 0 ? 0 : page,
                    size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE));
        }

        int offset() {
            return page * size;
        }
    }
}
