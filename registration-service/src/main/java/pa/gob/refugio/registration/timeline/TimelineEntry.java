package pa.gob.refugio.registration.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event of a case, from any service, as a line of the case's timeline. Immutable. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "event_type")
    private String eventType;
    private String source;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String fact;
    private String facts;
    @Column(name = "member_ids")
    private String memberIds;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID eventId, UUID caseId, String eventType, String source, Instant occurredAt, String fact,
                  String factsJson) {
        this.eventId = eventId;
        this.caseId = caseId;
        this.eventType = eventType;
        this.source = source;
        this.occurredAt = occurredAt;
        this.fact = fact;
        this.facts = factsJson;
    }

    /** The members this line concerns; null or empty: the whole case. */
    TimelineEntry concerning(java.util.List<UUID> members) {
        this.memberIds = members == null || members.isEmpty() ? null
                : String.join(",", members.stream().map(UUID::toString).toList());
        return this;
    }

    /** The members this line concerns; empty: the whole case. */
    public java.util.List<UUID> memberIds() {
        return memberIds == null || memberIds.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(memberIds.split(",")).map(UUID::fromString).toList();
    }

    /** Whether this line concerns {@code member} (a line about the whole case concerns everyone). */
    public boolean concerns(UUID member) {
        return memberIds == null || memberIds.isBlank() || memberIds.contains(member.toString());
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String source() {
        return source;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String fact() {
        return fact;
    }

    public String factsJson() {
        return facts;
    }
}
