package pa.gob.refugio.registration.search;

import static pa.gob.refugio.kit.sql.NativeValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * Finds members by case number (exact), by name (every token of the query must be a whole token of the member's
 * given or family names, accents and case ignored) or by identity document number, through the blind indexes of
 * {@link SearchIndex}: the terms are hashed, never the stored values decrypted or scanned. Several criteria: all must
 * hold. Newest registrations first, then case number and position in the family.
 */
@ApplicationScoped
public class MemberSearch {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final EntityManager em;
    private final SearchIndex index;

    public MemberSearch(EntityManager em, SearchIndex index) {
        this.em = em;
        this.index = index;
    }

    @Transactional
    public Page search(String caseNumber, String name, String documentNumber, Integer page, Integer size) {
        boolean byCase = caseNumber != null && !caseNumber.isBlank();
        boolean byName = name != null && !name.isBlank();
        boolean byDocument = documentNumber != null && !documentNumber.isBlank();
        if (!byCase && !byName && !byDocument) {
            throw invalid("caseNumber", "give caseNumber, name or documentNumber");
        }
        int appliedPage = page == null || page < 0 ? 0 : page;
        int appliedSize = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        StringBuilder where = new StringBuilder(" from member m join application a on a.id = m.application_id where true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (byCase) {
            where.append(" and a.case_number = :caseNumber");
            parameters.put("caseNumber", caseNumber.strip().toUpperCase(Locale.ROOT));
        }
        if (byName) {
            List<String> hashes = index.nameQuery(name);
            if (hashes.isEmpty()) {
                throw invalid("name", "a name needs at least one letter or digit");
            }
            where.append(" and m.id in (select i.member_id from member_search_index i where i.kind = 'NAME_TOKEN' "
                    + "and i.key_hash in (:nameHashes) group by i.member_id "
                    + "having count(distinct i.key_hash) = :nameTokens)");
            parameters.put("nameHashes", hashes);
            parameters.put("nameTokens", hashes.size());
        }
        if (byDocument) {
            String hash = index.documentQuery(documentNumber);
            if (hash == null) {
                throw invalid("documentNumber", "a document number needs at least one letter or digit");
            }
            where.append(" and m.id in (select i.member_id from member_search_index i "
                    + "where i.kind = 'DOCUMENT_NUMBER' and i.key_hash = :documentHash)");
            parameters.put("documentHash", hash);
        }
        Query count = em.createNativeQuery("select count(*)" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("select a.id, a.case_number, m.id as member_id, m.family_role, "
                + "a.intake_site, a.registered_at, m.given_names, m.family_names" + where
                + " order by a.registered_at desc, a.case_number, m.position");
        parameters.forEach(select::setParameter);
        select.setFirstResult(appliedPage * appliedSize).setMaxResults(appliedSize);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            hits.add(new Hit((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    instant(row[5]), (String) row[6], (String) row[7]));
        }
        return new Page(appliedPage, appliedSize, total, hits);
    }

    private static ProblemException invalid(String field, String reason) {
        return ProblemException.of(400, "validation", Texts.of("La solicitud no es válida", "The request is not valid"),
                Texts.of(field + ": " + reason, field + ": " + reason));
    }

    /** A member found; the names are shown only to roles that may see them ({@link SearchResource}). */
    public record Hit(UUID caseId, String caseNumber, UUID memberId, String role, String site, Instant registeredAt,
                      String givenNames, String familyNames) {
    }

    public record Page(int page, int size, long total, List<Hit> items) {
    }
}
