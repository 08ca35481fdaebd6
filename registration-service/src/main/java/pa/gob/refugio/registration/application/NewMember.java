package pa.gob.refugio.registration.application;

import java.time.LocalDate;
import java.util.List;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/**
 * One person of the family unit as declared at registration, before {@link Application#register} checks the family.
 * {@code responsibleAdult} is the position of the child's responsible adult in the family; {@code childAlone} marks a
 * child who has none (unaccompanied or separated).
 */
public record NewMember(FamilyRole role, String givenNames, String familyNames, String sex, LocalDate dateOfBirth,
                        List<String> nationalities, Integer responsibleAdult, ChildAlone childAlone, String gender,
                        List<String> languages, List<SpecificNeed> specificNeeds, IdentityDocumentType documentType,
                        String documentNumber, String documentCountry) {

    public boolean isAdultOn(LocalDate day) {
        return Member.isAdult(dateOfBirth, day);
    }

    /** A name to show the officer in a refusal: position and given names (the caller sent them). */
    String label(int position) {
        return "members[" + position + "] (" + givenNames.strip() + ")";
    }
}
