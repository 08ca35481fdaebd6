package pa.gob.refugio.registration.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalTime;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.office.OfficeHours;

/** An intake site where ONPAR registers applications: office hours and daily capacity for registration interviews. */
@Entity
@Table(name = "intake_site")
public class IntakeSite {

    private static final Texts INVALID_HOURS = Texts.of("Horario de atención no válido", "Invalid office hours");

    @Id
    private String code;
    private String name;
    private LocalTime opens;
    private LocalTime closes;
    @Column(name = "slot_minutes")
    private int slotMinutes;
    @Column(name = "daily_capacity")
    private int dailyCapacity;
    private boolean active;
    @Version
    private long version;

    protected IntakeSite() {
    }

    static IntakeSite create(String code) {
        IntakeSite site = new IntakeSite();
        site.code = code;
        return site;
    }

    /** Sets hours and capacity; the slot must fit between opening and closing (422 otherwise). */
    void update(String name, LocalTime opens, LocalTime closes, int slotMinutes, int dailyCapacity, boolean active) {
        if (!opens.isBefore(closes)) {
            throw ProblemException.ruleViolated("invalid-office-hours", INVALID_HOURS,
                    Texts.of(code + " debe abrir antes de cerrar: " + opens + "–" + closes,
                            code + " must open before it closes: " + opens + "–" + closes));
        }
        if (slotMinutes > Duration.between(opens, closes).toMinutes()) {
            throw ProblemException.ruleViolated("invalid-office-hours", INVALID_HOURS,
                    Texts.of("un turno de " + slotMinutes + " minutos no cabe en " + opens + "–" + closes,
                            "a slot of " + slotMinutes + " minutes does not fit in " + opens + "–" + closes));
        }
        this.name = name.strip();
        this.opens = opens;
        this.closes = closes;
        this.slotMinutes = slotMinutes;
        this.dailyCapacity = dailyCapacity;
        this.active = active;
    }

    public OfficeHours officeHours() {
        return new OfficeHours(name, opens, closes);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int dailyCapacity() {
        return dailyCapacity;
    }

    public boolean active() {
        return active;
    }
}
