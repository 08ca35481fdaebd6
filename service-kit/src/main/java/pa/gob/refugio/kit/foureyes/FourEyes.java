package pa.gob.refugio.kit.foureyes;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.foureyes.LegalDateCheck;

/**
 * The four-eyes rule as a bean: whether a legal date is back-dated beyond the configured business days (Panama's
 * calendar, today in Panama) and the problem that refuses a confirmation by the officer who recorded the entry.
 */
@ApplicationScoped
public class FourEyes {

    private final SiteCalendars calendars;
    private final FourEyesSettings settings;
    private final Clock clock;

    public FourEyes(SiteCalendars calendars, FourEyesSettings settings, Clock clock) {
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counted on the national calendar as it stands now (holidays and national closures of the one calendar). */
    private LegalDateCheck check() {
        return new LegalDateCheck(calendars.national(), settings.backDatedBusinessDays());
    }

    /** True when {@code legalDate} has no effect until a second officer confirms it. */
    public boolean needsSecondOfficer(LocalDate legalDate) {
        return check().needsSecondOfficer(legalDate, today());
    }

    public int businessDaysBack(LocalDate legalDate) {
        return check().businessDaysBack(legalDate, today());
    }

    public int allowedBusinessDays() {
        return settings.backDatedBusinessDays();
    }

    /** 403 {@code second-officer-needed} unless {@code confirmingOfficer} is another person than {@code recordedBy}. */
    public void requireSecondOfficer(String recordedBy, String confirmingOfficer) {
        if (!LegalDateCheck.isSecondOfficer(recordedBy, confirmingOfficer)) {
            throw ProblemException.of(403, "second-officer-needed",
                    Texts.of("Se necesita un segundo funcionario", "A second officer is needed"),
                    Texts.of("Una entrada con fecha de más de " + allowedBusinessDays() + " días hábiles atrás la"
                                    + " confirma un funcionario distinto del que la registró (" + recordedBy + ")",
                            "An entry dated more than " + allowedBusinessDays() + " business days back is confirmed by "
                                    + "another officer than the one who recorded it (" + recordedBy + ")"))
                    .with("recordedBy", recordedBy);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
