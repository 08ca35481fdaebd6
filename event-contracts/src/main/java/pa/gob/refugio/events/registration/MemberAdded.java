package pa.gob.refugio.events.registration;

import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/**
 * ONPAR added a member to a registered family (a child born in Panama, a relative joining by family
 * reunification). Identifiers and facts only, like a member of {@link ApplicationRegistered}: the role, whether an
 * adult on the day added, whether a child alone, whether specific needs were declared, why the member was added
 * ({@code reasonCode}) and, for a child, the member of the family responsible for them ({@code responsibleMemberId},
 * null for an adult or a child alone). No names, dates of birth or documents.
 */
@EventType(name = "MemberAdded", topic = Topics.REGISTRATION)
public record MemberAdded(EventMetadata metadata, UUID memberId, FamilyRole role, boolean adult,
                          boolean unaccompaniedChild, boolean specificNeeds, Reason reasonCode,
                          UUID responsibleMemberId) implements DomainEvent {

    /** Why the member joined the case. */
    public enum Reason { BIRTH, FAMILY_REUNIFICATION, OMITTED_AT_REGISTRATION }
}
