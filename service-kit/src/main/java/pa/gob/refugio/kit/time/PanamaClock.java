package pa.gob.refugio.kit.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock every rule reads: Panama's local time (UTC-5, no daylight saving). Tests may replace the bean. */
public class PanamaClock {

    public static final ZoneId PANAMA = ZoneId.of("America/Panama");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(PANAMA);
    }
}
