package pa.gob.refugio.registration.duplicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.registration.duplicate.SearchKeys.Key;
import pa.gob.refugio.registration.duplicate.SearchKeys.Kind;

/** Finds existing cases holding a person with the same search keys, and stores the keys of registered persons. */
@ApplicationScoped
public class DuplicateFinder {

    private final EntityManager em;
    private final SearchKeys keys;

    public DuplicateFinder(EntityManager em, @ConfigProperty(name = "refugio.registration.search-key") String secret) {
        this.em = em;
        this.keys = new SearchKeys(secret);
    }

    public List<Key> keysOf(String documentType, String documentNumber, String issuingCountry, String givenNames,
                            String familyNames, LocalDate dateOfBirth, List<String> nationalities) {
        return keys.of(documentType, documentNumber, issuingCountry, givenNames, familyNames, dateOfBirth,
                nationalities);
    }

    /** The existing cases that hold a person matching any key of the persons given (by their position). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExistingCase> find(List<List<Key>> keysByPosition) {
        Map<String, List<int[]>> positionsByHash = new LinkedHashMap<>();
        Map<String, Kind> kindByHash = new LinkedHashMap<>();
        for (int i = 0; i < keysByPosition.size(); i++) {
            for (Key key : keysByPosition.get(i)) {
                positionsByHash.computeIfAbsent(key.hash(), h -> new ArrayList<>()).add(new int[]{i});
                kindByHash.put(key.hash(), key.kind());
            }
        }
        if (positionsByHash.isEmpty()) {
            return List.of();
        }
        // Two officers registering the same person at once: the second waits for the first to commit, then sees it.
        // One statement takes every lock, in the same order as before (the hashes sorted), so two registrations
        // sharing keys never deadlock.
        Long[] lockKeys = new java.util.TreeSet<>(positionsByHash.keySet()).stream()
                .map(hash -> Long.parseUnsignedLong(hash.substring(0, 16), 16)).toArray(Long[]::new);
        TransactionSql.column(em, Long.class, "select count(pg_advisory_xact_lock(k)) from "
                + "(select k from unnest(?) with ordinality as u(k, n) order by n) l", (Object) lockKeys);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.case_number, a.status, s.key_hash "
                        + "from search_key s join application a on a.id = s.application_id "
                        + "where s.key_hash in (:hashes) order by a.case_number")
                .setParameter("hashes", positionsByHash.keySet()).getResultList();
        Map<UUID, ExistingCase> cases = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID caseId = (UUID) row[0];
            ExistingCase existing = cases.computeIfAbsent(caseId,
                    id -> new ExistingCase(id, (String) row[1], (String) row[2], new ArrayList<>()));
            String hash = (String) row[3];
            for (int[] position : positionsByHash.get(hash)) {
                Match match = new Match(position[0], kindByHash.get(hash));
                if (!existing.matches().contains(match)) {
                    existing.matches().add(match);
                }
            }
        }
        return List.copyOf(cases.values());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID applicationId, UUID memberId, List<Key> memberKeys) {
        // one round trip for the member's keys; no flush (the caller flushed the member): see TransactionSql
        List<Object[]> rows = memberKeys.stream().distinct()
                .map(key -> new Object[]{memberId, applicationId, key.kind().name(), key.hash()}).toList();
        TransactionSql.batch(em, "insert into search_key (member_id, application_id, kind, key_hash) "
                + "values (?, ?, ?, ?) on conflict do nothing", rows);
    }

    /** An existing case with the persons of the new request it matches, and on what. */
    public record ExistingCase(UUID caseId, String caseNumber, String status, List<Match> matches) {
    }

    /** {@code memberIndex}: position of the person in the request's members list. */
    public record Match(int memberIndex, Kind matchedOn) {
    }
}
