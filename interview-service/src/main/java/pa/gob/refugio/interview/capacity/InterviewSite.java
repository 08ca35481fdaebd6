package pa.gob.refugio.interview.capacity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.EnumType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * An intake site as interview-service books it: its code (registration-service's), its name (as events carry it),
 * the interviews it holds per weekday and the first slots of each day held for children alone. Operators maintain
 * it ({@code PUT /api/v1/sites/{code}/capacity}).
 */
@Entity
@Table(name = "interview_site")
public class InterviewSite {

    @Id
    private String code;
    private String name;
    @Column(name = "children_slots")
    private int childrenSlots;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_capacity", joinColumns = @JoinColumn(name = "site_code"))
    @MapKeyColumn(name = "weekday")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "interviews")
    private Map<DayOfWeek, Integer> interviews = new HashMap<>();
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected InterviewSite() {
    }

    static InterviewSite create(String code, String name) {
        InterviewSite s = new InterviewSite();
        s.code = code;
        s.name = name;
        return s;
    }

    void change(String name, WeeklyCapacity capacity, String officer, Instant now) {
        if (name != null) {
            this.name = name;
        }
        this.interviews.clear();
        this.interviews.putAll(capacity.interviews());
        this.childrenSlots = capacity.childrenSlots();
        this.updatedBy = officer;
        this.updatedAt = now;
    }

    public WeeklyCapacity capacity() {
        return new WeeklyCapacity(interviews.isEmpty() ? Map.of() : new EnumMap<>(interviews), childrenSlots);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
