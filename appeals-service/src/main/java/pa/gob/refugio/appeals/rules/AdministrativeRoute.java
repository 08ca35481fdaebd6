package pa.gob.refugio.appeals.rules;

import java.util.Collection;

/**
 * The administrative route ends with the Minister's decision, or when a window lapses unused (the rejection is
 * final). Only then may a judicial review at the Supreme Court's Third Chamber be recorded.
 */
public final class AdministrativeRoute {

    private AdministrativeRoute() {
    }

    public static boolean exhausted(Collection<WindowStatus> windows, Collection<AppealStatus> appeals) {
        return appeals.contains(AppealStatus.DENIED) || windows.contains(WindowStatus.LAPSED);
    }
}
