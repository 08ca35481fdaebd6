package pa.gob.refugio.appeals.rules;

import java.time.LocalDate;

/** When a window closes unused: it is still open and today is after its last day (the last day itself counts). */
public final class Lapse {

    private Lapse() {
    }

    public static boolean isDue(WindowStatus status, LocalDate lastDay, LocalDate today) {
        return status.isOpen() && today.isAfter(lastDay);
    }
}
