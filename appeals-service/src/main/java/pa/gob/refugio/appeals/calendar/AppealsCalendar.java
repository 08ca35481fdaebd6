package pa.gob.refugio.appeals.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;

/**
 * The calendar this service counts on: the configured Panama calendar (holidays, 4 November option) plus the
 * closures operators stored in this service's database. Read from the database on every use, so every instance
 * honours a closure as soon as it is committed.
 */
@ApplicationScoped
public class AppealsCalendar {

    private final BusinessCalendar defaults;
    private final ClosureRepository closures;
    private final int reconsiderationDays;
    private final int appealDays;
    private final int filingMonths;

    public AppealsCalendar(BusinessCalendar defaults, ClosureRepository closures,
                           @ConfigProperty(name = "refugio.deadlines.reconsideration-business-days", defaultValue = "5")
                           int reconsiderationDays,
                           @ConfigProperty(name = "refugio.deadlines.appeal-business-days", defaultValue = "5")
                           int appealDays,
                           @ConfigProperty(name = "refugio.deadlines.filing-months", defaultValue = "6") int filingMonths) {
        this.defaults = defaults;
        this.closures = closures;
        this.reconsiderationDays = reconsiderationDays;
        this.appealDays = appealDays;
        this.filingMonths = filingMonths;
    }

    @Transactional
    public BusinessCalendar calendar() {
        return defaults.toBuilder()
                .closures(closures.listAll().stream().map(CalendarClosure::toClosure).toList())
                .build();
    }

    @Transactional
    public Deadlines deadlines() {
        return new Deadlines(calendar(), reconsiderationDays, appealDays, filingMonths);
    }
}
