package pa.gob.refugio.interview.interviews;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When a case is ready for a decision (PROCEDURE.md step 4: every adult of the family is interviewed individually;
 * ONPAR may call extension interviews):
 * <ul>
 *   <li>every adult has a COMPLETED individual interview,</li>
 *   <li>no interview of the case is still open (SCHEDULED or NO_SHOW), whether individual or extension,</li>
 *   <li>and at least one interview was held (a case without adults needs an extension interview first).</li>
 * </ul>
 * Plain Java; no framework.
 */
public final class Readiness {

    /** One member of the family, by id, and whether an adult. */
    public record Member(UUID memberId, boolean adult) {
    }

    /** What the rule needs to know of one interview. */
    public record InterviewFact(UUID memberId, InterviewKind kind, InterviewStatus status) {
    }

    /**
     * The members interviewed (with a completed interview, in family order) if the case is ready, else empty.
     */
    public static Optional<List<UUID>> interviewedMembersIfReady(List<Member> family, List<InterviewFact> interviews) {
        if (interviews.stream().anyMatch(i -> i.status().isOpen())) {
            return Optional.empty();
        }
        Set<UUID> completed = new LinkedHashSet<>();
        Set<UUID> completedIndividually = new LinkedHashSet<>();
        for (InterviewFact i : interviews) {
            if (i.status() == InterviewStatus.COMPLETED) {
                completed.add(i.memberId());
                if (i.kind() == InterviewKind.INDIVIDUAL) {
                    completedIndividually.add(i.memberId());
                }
            }
        }
        boolean everyAdultInterviewed = family.stream().filter(Member::adult)
                .allMatch(m -> completedIndividually.contains(m.memberId()));
        if (!everyAdultInterviewed || completed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(family.stream().map(Member::memberId).filter(completed::contains).toList());
    }

    private Readiness() {
    }
}
