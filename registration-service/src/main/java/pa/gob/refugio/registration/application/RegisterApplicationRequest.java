package pa.gob.refugio.registration.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/**
 * What ONPAR records at registration. {@code members[0]} is the principal applicant; a child names its
 * responsible adult by position in the list, or the officer marks it {@code childAlone}: UNACCOMPANIED or SEPARATED
 * (the older {@code unaccompaniedOrSeparated: true} still reads as UNACCOMPANIED). {@code intakeSite} is an
 * intake site's name or code (see {@code GET /api/v1/intake-sites}). {@code confirmNotDuplicate}: the officer
 * checked the possible duplicates reported earlier and confirms these are different people.
 */
public record RegisterApplicationRequest(
        @NotBlank @Size(max = 60) String intakeSite,
        @NotNull @PastOrPresent LocalDate entryDate,
        @PastOrPresent LocalDate filedOn,
        @Size(max = 4000) String lateFilingJustification,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Person> members,
        @Size(max = 200) String placeOfEntry,
        @Size(max = 4000) String groundsStated,
        @Valid Briefing rightsAndObligationsBriefing,
        Boolean confirmNotDuplicate) {

    public record Person(
            @NotNull FamilyRole role,
            @NotBlank @Size(max = 200) String givenNames,
            @NotBlank @Size(max = 200) String familyNames,
            @NotNull @Pattern(regexp = "F|M|X", message = "must be F, M or X") String sex,
            @NotNull @Past LocalDate dateOfBirth,
            @NotEmpty List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> nationalities,
            @PositiveOrZero Integer responsibleAdult,
            boolean unaccompaniedOrSeparated,
            @Size(max = 60) String gender,
            @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages,
            @Valid IdentityDocument identityDocument,
            @Size(max = 20) List<@NotNull SpecificNeed> specificNeeds,
            ChildAlone childAlone) {

        /** The officer's mark of a child alone; the older flag {@code unaccompaniedOrSeparated} reads as UNACCOMPANIED. */
        public ChildAlone childAloneMark() {
            return childAlone != null ? childAlone : unaccompaniedOrSeparated ? ChildAlone.UNACCOMPANIED : null;
        }

        NewMember toNewMember() {
            return new NewMember(role, givenNames, familyNames, sex, dateOfBirth, nationalities, responsibleAdult,
                    childAloneMark(), gender, languages, specificNeeds,
                    identityDocument == null ? null : identityDocument.type(),
                    identityDocument == null ? null : identityDocument.number(),
                    identityDocument == null ? null : identityDocument.issuingCountry());
        }
    }

    public record IdentityDocument(
            @NotNull IdentityDocumentType type,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 ./-]+", message = "letters, digits, spaces, . / - only") String number,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String issuingCountry) {
    }

    /** The applicant was informed of rights and obligations: in which language, when, by which officer. */
    public record Briefing(
            @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String language,
            @PastOrPresent Instant at,
            @Size(max = 120) String officer) {
    }

    public boolean duplicatesConfirmed() {
        return Boolean.TRUE.equals(confirmNotDuplicate);
    }
}
