package pa.gob.refugio.kit.deadletter;

import static pa.gob.refugio.kit.sql.NativeValues.instant;
import static pa.gob.refugio.kit.sql.NativeValues.uuid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.crypto.Binding;
import pa.gob.refugio.kit.crypto.FieldCipher;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;

/**
 * The table {@code dead_letter}: records a consumer of this service could not read. Native SQL (the kit maps no
 * entities); the payload is encrypted with the kit's {@link FieldCipher}.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Page size cap of {@link #list}. */
    public static final int MAX_PAGE = 200;
    private static final int MAX_REASON = 2000;

    public enum State { OPEN, REPLAYED, DISCARDED }

    /** A dead letter as listed (no headers, no payload). */
    public record Item(UUID id, String consumer, String topic, int partition, long offset, String eventType,
                       UUID caseId, String reason, Instant receivedAt, State state) {
    }

    /** One dead letter with what it takes to replay it: headers and the payload in clear (never answered as is). */
    public record Stored(Item item, String recordKey, Map<String, String> headers, String payload,
                         Instant resolvedAt, String resolvedBy, String resolutionReason) {
    }

    public record Page(long total, List<Item> items) {
    }

    private final EntityManager em;
    private final Instance<FieldCipher> cipher;
    private final ObjectMapper json;

    public DeadLetters(EntityManager em, Instance<FieldCipher> cipher, ObjectMapper json) {
        this.em = em;
        this.cipher = cipher;
        this.json = json;
    }

    /** Stores the record (once per consumer and offset: a redelivery is not stored again); true if it was new. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(String consumer, ConsumerRecord<String, String> record, String reason) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).orElse(null);
        String shortReason = reason == null ? "unreadable" : reason.length() > MAX_REASON
                ? reason.substring(0, MAX_REASON) : reason;
        UUID id = UUID.randomUUID();
        return em.createNativeQuery("insert into dead_letter (id, consumer, topic, kafka_partition, kafka_offset,"
                        + " record_key, event_type, case_id, reason, headers, payload)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as uuid), ?9, ?10, ?11) on conflict do nothing")
                .setParameter(1, id)
                .setParameter(2, consumer)
                .setParameter(3, record.topic())
                .setParameter(4, record.partition())
                .setParameter(5, record.offset())
                .setParameter(6, record.key())
                .setParameter(7, type)
                .setParameter(8, caseIdOf(record))
                .setParameter(9, shortReason)
                .setParameter(10, write(headers))
                .setParameter(11, encrypt(id, record.value()))
                .executeUpdate() == 1;
    }

    /** Newest first; {@code state} null for all. */
    @Transactional
    public Page list(State state, int page, int size) {
        int limit = Math.max(1, Math.min(MAX_PAGE, size));
        int from = Math.max(0, page) * limit;
        String stateName = state == null ? null : state.name();
        long total = ((Number) em.createNativeQuery("select count(*) from dead_letter"
                        + " where (cast(?1 as text) is null or state = cast(?1 as text))")
                .setParameter(1, stateName).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ITEM_COLUMNS + " from dead_letter"
                        + " where (cast(?1 as text) is null or state = cast(?1 as text))"
                        + " order by received_at desc, id limit ?2 offset ?3")
                .setParameter(1, stateName).setParameter(2, limit).setParameter(3, from)
                .getResultList();
        List<Item> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(item(r));
        }
        return new Page(total, items);
    }

    @Transactional
    public Optional<Stored> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ITEM_COLUMNS + ", record_key, headers, payload,"
                        + " resolved_at, resolved_by, resolution_reason from dead_letter where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        String payload = r[12] == null ? null
                : cipher.get().open((String) r[12], new Binding("dead_letter", "payload", String.valueOf(r[0])));
        return Optional.of(new Stored(item(r), (String) r[10], read((String) r[11]), payload, instant(r[13]),
                (String) r[14], (String) r[15]));
    }

    /** Moves an OPEN row to {@code state}; false if it was not OPEN (any more). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean resolve(UUID id, State state, String by, String reason) {
        return em.createNativeQuery("update dead_letter set state = ?2, resolved_at = now(), resolved_by = ?3,"
                        + " resolution_reason = ?4 where id = ?1 and state = 'OPEN'")
                .setParameter(1, id).setParameter(2, state.name()).setParameter(3, by).setParameter(4, reason)
                .executeUpdate() == 1;
    }

    @Transactional
    public long countOpen() {
        return ((Number) em.createNativeQuery("select count(*) from dead_letter where state = 'OPEN'")
                .getSingleResult()).longValue();
    }

    private static final String ITEM_COLUMNS = "id, consumer, topic, kafka_partition, kafka_offset, event_type,"
            + " case_id, reason, received_at, state";

    private static Item item(Object[] r) {
        return new Item(uuid(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), (String) r[5], uuid(r[6]), (String) r[7], instant(r[8]),
                State.valueOf((String) r[9]));
    }

    /** The case of a record: its payload's {@code caseId} (or {@code metadata.caseId}) when it is JSON, else its key when that is a UUID. */
    private String caseIdOf(ConsumerRecord<String, String> record) {
        if (record.value() != null) {
            try {
                JsonNode node = json.readTree(record.value());
                JsonNode caseId = node == null ? null : node.hasNonNull("caseId") ? node.get("caseId")
                        : node.path("metadata").get("caseId");
                if (caseId != null && caseId.isTextual()) {
                    return UUID.fromString(caseId.asText()).toString();
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // not JSON, or no UUID: try the key
            }
        }
        try {
            return record.key() == null ? null : UUID.fromString(record.key()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String encrypt(UUID id, String payload) {
        if (payload == null) {
            return null;
        }
        try {
            return cipher.get().seal(payload, new Binding("dead_letter", "payload", id.toString()));
        } catch (RuntimeException e) {
            // no usable key: keep the record's coordinates (its copy is in <service>.dlq), never its payload in clear
            LOG.errorf("Dead letter payload not stored: cannot encrypt it (%s)", e.toString());
            return null;
        }
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String headers) {
        try {
            return headers == null ? Map.of() : json.readValue(headers, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
