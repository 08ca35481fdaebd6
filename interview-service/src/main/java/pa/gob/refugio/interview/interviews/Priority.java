package pa.gob.refugio.interview.interviews;

import java.util.Collection;

/**
 * Who is served first when interview slots are scarce (issue 8, PROCEDURE.md "Protection"): cases with an
 * unaccompanied or separated child, then cases with a member who declared specific needs, then everyone else, each
 * group in the order of registration. Plain Java.
 */
public enum Priority {

    /** An unaccompanied or separated child: first in every queue, and the only ones who may take a held slot. */
    CHILD_ALONE,
    /** A member declared specific needs (survivor of violence, medical, disability, ...). */
    SPECIFIC_NEEDS,
    /** Everyone else, by registration time. */
    STANDARD;

    /** What the rule needs to know of a member, as registration announced it. */
    public record MemberFacts(boolean unaccompaniedOrSeparatedChild, boolean specificNeeds) {
    }

    public static Priority of(Collection<MemberFacts> family) {
        if (family.stream().anyMatch(MemberFacts::unaccompaniedOrSeparatedChild)) {
            return CHILD_ALONE;
        }
        if (family.stream().anyMatch(MemberFacts::specificNeeds)) {
            return SPECIFIC_NEEDS;
        }
        return STANDARD;
    }

    /** 0 is served first. */
    public int rank() {
        return ordinal();
    }

    /** Whether the case may take the slots each day holds for children. */
    public boolean mayTakeChildrenSlots() {
        return this == CHILD_ALONE;
    }
}
