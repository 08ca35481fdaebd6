package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * ONPAR registered an application for a principal applicant and the basic family unit.
 * Carries no names, dates of birth or documents: consumers need only who is in the family and who is an adult.
 */
@EventType(name = "ApplicationRegistered", topic = Topics.REGISTRATION)
public record ApplicationRegistered(EventMetadata metadata, String caseNumber, String intakeSite,
                                    LocalDate filedOn, boolean outOfTime, List<Member> members)
        implements DomainEvent {

    /**
     * One person of the family unit, by id only. {@code unaccompaniedChild}: a child marked unaccompanied or
     * separated; {@code specificNeeds}: the person declared specific needs (which ones stays in registration-service),
     * so that the case is served early (added in issue 8; absent in older records, read as false).
     */
    public record Member(UUID memberId, FamilyRole role, boolean adult, boolean unaccompaniedChild,
                         boolean specificNeeds) {

        public Member(UUID memberId, FamilyRole role, boolean adult, boolean unaccompaniedChild) {
            this(memberId, role, adult, unaccompaniedChild, false);
        }
    }

    public enum FamilyRole { PRINCIPAL, SPOUSE_OR_PARTNER, CHILD, OTHER_DEPENDANT }

    public ApplicationRegistered {
        members = List.copyOf(members);
    }
}
