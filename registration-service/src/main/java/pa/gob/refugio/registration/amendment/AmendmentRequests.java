package pa.gob.refugio.registration.amendment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.registration.application.ChildAlone;
import pa.gob.refugio.registration.application.NewMember;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.IdentityDocument;
import pa.gob.refugio.registration.application.SpecificNeed;
import pa.gob.refugio.registration.file.UploadRules.FileKind;

/** What ONPAR sends to amend a registered family. */
public final class AmendmentRequests {

    private AmendmentRequests() {
    }

    /**
     * A correction of a member's identity data: only the fields sent change (null: kept as it is). A corrected date
     * of birth that makes an adult a minor names the child's responsible adult ({@code responsibleMemberId}) or marks
     * the child alone ({@code childAlone}). The reason: a code and the officer's words (encrypted at rest); the
     * evidence: an upload of the member or an identity document.
     */
    public record Correction(
            @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String givenNames,
            @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String familyNames,
            @Pattern(regexp = "F|M|X", message = "must be F, M or X") String sex,
            @Past LocalDate dateOfBirth,
            @Size(min = 1, max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> nationalities,
            @Valid IdentityDocument identityDocument,
            UUID responsibleMemberId,
            ChildAlone childAlone,
            @NotNull MemberDataCorrected.Reason reasonCode,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull @Valid Evidence evidence) {
    }

    /**
     * What shows the correction is right: an upload of the member ({@code uploadedFile}: PHOTO or
     * IDENTITY_DOCUMENT_COPY, the one stored now, recorded by its SHA-256) or an identity document seen by the officer
     * ({@code documentType} and {@code documentNumber}); exactly one of the two.
     */
    public record Evidence(
            FileKind uploadedFile,
            @Size(max = 60) String documentType,
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9 ./-]+", message = "letters, digits, spaces, . / - only") String documentNumber) {
    }

    /**
     * A member added to a registered family: the person as at registration, a child's responsible adult by member id
     * (or {@code childAlone}), why the member joins ({@code reasonCode}, and optionally the officer's words,
     * encrypted), and {@code confirmNotDuplicate} after a possible duplicate in another case was checked.
     */
    public record AddMember(
            @NotNull FamilyRole role,
            @NotBlank @Size(max = 200) String givenNames,
            @NotBlank @Size(max = 200) String familyNames,
            @NotNull @Pattern(regexp = "F|M|X", message = "must be F, M or X") String sex,
            @NotNull @Past LocalDate dateOfBirth,
            @NotEmpty @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> nationalities,
            UUID responsibleMemberId,
            ChildAlone childAlone,
            @Size(max = 60) String gender,
            @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code") String> languages,
            @Valid IdentityDocument identityDocument,
            @Size(max = 20) List<@NotNull SpecificNeed> specificNeeds,
            @NotNull MemberAdded.Reason reasonCode,
            @Size(max = 2000) String reason,
            Boolean confirmNotDuplicate) {

        NewMember toNewMember() {
            return new NewMember(role, givenNames, familyNames, sex, dateOfBirth, nationalities, null, childAlone,
                    gender, languages, specificNeeds,
                    identityDocument == null ? null : identityDocument.type(),
                    identityDocument == null ? null : identityDocument.number(),
                    identityDocument == null ? null : identityDocument.issuingCountry());
        }
    }
}
