package pa.gob.refugio.events;

import java.util.List;
import java.util.UUID;

/**
 * An event about some members of a family, not necessarily all of them. A consumer acts for the members listed only:
 * another member's documents, interviews and status are left as they are.
 */
public interface ConcernsMembers {

    /** The members this fact concerns; never empty. */
    List<UUID> memberIds();

    static List<UUID> require(List<UUID> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new IllegalArgumentException("memberIds: the event must name at least one member");
        }
        return List.copyOf(memberIds);
    }
}
