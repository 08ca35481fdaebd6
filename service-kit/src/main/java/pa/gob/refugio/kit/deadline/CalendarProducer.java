package pa.gob.refugio.kit.deadline;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;

/** Panama's business-day calendar and the legal deadlines, configured where the law is unsure. */
public class CalendarProducer {

    @Produces
    @Singleton
    BusinessCalendar calendar(
            @ConfigProperty(name = "refugio.calendar.flag-day-observed", defaultValue = "true") boolean flagDay) {
        return BusinessCalendar.builder().flagDayObserved(flagDay).build();
    }

    @Produces
    @Singleton
    Deadlines deadlines(BusinessCalendar calendar,
                        @ConfigProperty(name = "refugio.deadlines.reconsideration-business-days", defaultValue = "5")
                        int reconsiderationDays,
                        @ConfigProperty(name = "refugio.deadlines.appeal-business-days", defaultValue = "5")
                        int appealDays,
                        @ConfigProperty(name = "refugio.deadlines.filing-months", defaultValue = "6") int filingMonths) {
        return new Deadlines(calendar, reconsiderationDays, appealDays, filingMonths);
    }
}
