package pa.gob.refugio.appeals.rules;

import java.util.Collection;

/**
 * The administrative route ends with the notification of the Minister's decision denying the appeal, or when a
 * window lapses unused (the negative decision is final). Only then may a judicial review at the Supreme Court's
 * Third Chamber be recorded: a denial not yet notified does not end it (the person learns of it by the notification).
 */
public final class AdministrativeRoute {

    private AdministrativeRoute() {
    }

    /** {@code notifiedAppeals}: the statuses of the appeals whose decision was notified. */
    public static boolean exhausted(Collection<WindowStatus> windows, Collection<AppealStatus> notifiedAppeals) {
        return notifiedAppeals.contains(AppealStatus.DENIED) || windows.contains(WindowStatus.LAPSED);
    }
}
