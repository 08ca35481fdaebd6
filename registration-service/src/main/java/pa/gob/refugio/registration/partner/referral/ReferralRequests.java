package pa.gob.refugio.registration.partner.referral;

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

/** Request bodies of the referral endpoints. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    /** The person's consent: purpose, scope, date, who took it (the partner's or ONPAR's staff member). */
    public record ConsentRequest(@NotBlank @Size(max = 500) String purpose,
                                 @NotEmpty List<@NotNull ConsentScope> scopes,
                                 @NotNull LocalDate givenOn,
                                 @NotBlank @Size(max = 200) String takenBy) {
    }

    /** Minimal facts about the person referred. */
    public record Person(@NotBlank @Size(max = 200) String givenNames,
                         @NotBlank @Size(max = 200) String familyNames,
                         @NotNull @Past LocalDate dateOfBirth,
                         @NotEmpty @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{3}") String> nationalities,
                         @Size(max = 200) String contactChannel,
                         @Size(max = 2000) String needsSummary) {
    }

    /**
     * A partner's referral. {@code consent} is checked by the service (422 {@code consent-required} when absent),
     * not by Bean Validation, because a referral without consent is a refused request, not a malformed one.
     */
    public record CreateReferral(@Size(max = 80) String partnerReference,
                                 @NotNull @Valid Person person,
                                 @Valid ConsentRequest consent) {
    }

    public record Acceptance(@NotNull UUID caseId) {
    }

    public record Decline(@NotBlank @Size(max = 2000) String reason) {
    }
}
