package pa.gob.refugio.interview.interviews;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The record of a held interview. {@code interpreterLanguage} is an ISO 639 code, or null without interpreter;
 * {@code guardianOrLegalRepresentative}: who accompanied the child at a child-appropriate interview (required there).
 */
public record CompleteInterviewRequest(
        @NotBlank @Size(max = 200) String interviewer,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. es, en, fr, ht")
        String interpreterLanguage,
        @NotNull @Positive @Max(600) Integer durationMinutes,
        @NotBlank @Size(max = 50_000) String summary,
        @Size(max = 200) String guardianOrLegalRepresentative) {

    /** Without a guardian (an adult's interview): the request as before issue 8. */
    public CompleteInterviewRequest(String interviewer, String interpreterLanguage, Integer durationMinutes,
                                    String summary) {
        this(interviewer, interpreterLanguage, durationMinutes, summary, null);
    }
}
