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
import java.time.LocalDate;
import java.util.List;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/**
 * What ONPAR records at registration. {@code members[0]} is the principal applicant; a child names its
 * responsible adult by position in the list, or is flagged unaccompanied or separated.
 */
public record RegisterApplicationRequest(
        @NotBlank @Size(max = 60) String intakeSite,
        @NotNull @PastOrPresent LocalDate entryDate,
        @PastOrPresent LocalDate filedOn,
        @Size(max = 4000) String lateFilingJustification,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Person> members) {

    public record Person(
            @NotNull FamilyRole role,
            @NotBlank @Size(max = 200) String givenNames,
            @NotBlank @Size(max = 200) String familyNames,
            @NotNull @Pattern(regexp = "F|M|X", message = "must be F, M or X") String sex,
            @NotNull @Past LocalDate dateOfBirth,
            @NotEmpty List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> nationalities,
            @PositiveOrZero Integer responsibleAdult,
            boolean unaccompaniedOrSeparated) {
    }
}
