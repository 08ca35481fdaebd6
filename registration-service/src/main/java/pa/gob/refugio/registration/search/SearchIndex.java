package pa.gob.refugio.registration.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.duplicate.SearchKeys;

/**
 * The blind indexes of members ({@code member_search_index}): a keyed hash (HMAC-SHA256 under the search key of
 * {@link SearchKeys}) per normalised name token and one of the identity document number alone. Written in the
 * registration's transaction; searched by hashing the terms the same way. Names and numbers never appear in clear.
 */
@ApplicationScoped
public class SearchIndex {

    public enum Kind { NAME_TOKEN, DOCUMENT_NUMBER }

    private final EntityManager em;
    private final SearchKeys keys;

    public SearchIndex(EntityManager em, @ConfigProperty(name = "refugio.registration.search-key") String secret) {
        this.em = em;
        this.keys = new SearchKeys(secret);
    }

    /** Writes the index rows of a member (idempotent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(UUID applicationId, Member member) {
        List<Object[]> rows = new ArrayList<>();
        for (String hash : keys.nameTokenHashes(member.givenNames(), member.familyNames())) {
            rows.add(new Object[]{member.id(), applicationId, Kind.NAME_TOKEN.name(), hash});
        }
        String document = keys.documentNumberHash(member.idDocumentNumber());
        if (document != null) {
            rows.add(new Object[]{member.id(), applicationId, Kind.DOCUMENT_NUMBER.name(), document});
        }
        // one round trip; no flush (the member is written already: the caller flushed it), see TransactionSql
        TransactionSql.batch(em, "insert into member_search_index (member_id, application_id, kind, key_hash) "
                + "values (?, ?, ?, ?) on conflict do nothing", rows);
    }

    /**
     * Replaces the index rows of a member whose identity data was corrected: the corrected names and document only,
     * so a search by a misspelt name no longer finds the person (amendments, issue 13).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(UUID applicationId, Member member) {
        TransactionSql.update(em, "delete from member_search_index where member_id = ?", member.id());
        index(applicationId, member);
    }

    /** The hashes a name query must all match (one per distinct token); empty when the query has no token. */
    public List<String> nameQuery(String name) {
        return new ArrayList<>(keys.nameTokenHashes(name));
    }

    /** The hash a document-number query must match; null when the number is empty once normalised. */
    public String documentQuery(String number) {
        return keys.documentNumberHash(number);
    }

    public static Set<String> tokensOf(String name) {
        return SearchKeys.nameTokens(name);
    }

}
