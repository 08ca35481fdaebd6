package pa.gob.refugio.events.registration;

import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * ONPAR corrected the identity data of one member (a misspelt name, a date of birth established, a new identity
 * document). Carries the NAMES of the fields changed only ({@code fieldsChanged}: givenNames, familyNames, sex,
 * dateOfBirth, nationalities, identityDocument), never their values; {@code version} is the member's data version
 * after the correction (the first registration is version 1); {@code reasonCode} a code of {@code Reason};
 * {@code adult} whether the member is an adult on the filing date after the correction (a corrected date of birth
 * may make a child an adult or the reverse).
 */
@EventType(name = "MemberDataCorrected", topic = Topics.REGISTRATION)
public record MemberDataCorrected(EventMetadata metadata, UUID memberId, List<String> fieldsChanged, int version,
                                  Reason reasonCode, boolean adult) implements DomainEvent {

    /** Why the data was corrected. */
    public enum Reason {
        TRANSCRIPTION_ERROR, DOCUMENT_PRESENTED_LATER, DATE_OF_BIRTH_ESTABLISHED, LEGAL_CHANGE, OTHER
    }

    public MemberDataCorrected {
        fieldsChanged = List.copyOf(fieldsChanged);
    }
}
