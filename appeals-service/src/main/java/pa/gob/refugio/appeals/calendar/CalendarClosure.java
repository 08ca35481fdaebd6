package pa.gob.refugio.appeals.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.rules.calendar.Closure;

/** A one-off closure of public offices, as an operator recorded it with its legal source. */
@Entity
@Table(name = "calendar_closure")
public class CalendarClosure {

    @Id
    private UUID id;
    @Column(name = "closure_date")
    private LocalDate date;
    private String reason;
    @Column(name = "legal_source")
    private String legalSource;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected CalendarClosure() {
    }

    CalendarClosure(Closure closure, String addedBy, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.date = closure.date();
        this.reason = closure.reason();
        this.legalSource = closure.legalSource();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public UUID id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public Closure toClosure() {
        return new Closure(date, reason, legalSource);
    }
}
