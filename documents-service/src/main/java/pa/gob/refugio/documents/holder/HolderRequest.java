package pa.gob.refugio.documents.holder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The particulars SNM prints on a document: names as in the person's identity document, date of birth, nationality
 * (ISO 3166-1 alpha-3, {@code XXA} stateless, {@code XXX} unknown, as ICAO Doc 9303 writes them), sex ({@code F},
 * {@code M}, or {@code X} unspecified) and a passport-style photograph, JPEG or PNG, in base64 (at most
 * {@code refugio.documents.holder.photo-max-bytes}, 1 MiB by default).
 */
public record HolderRequest(
        @NotBlank @Size(max = 100) String givenNames,
        @NotBlank @Size(max = 100) String familyNames,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String nationality,
        @NotNull Sex sex,
        @NotNull @Pattern(regexp = "image/(jpeg|png)") String photoContentType,
        @NotBlank @Schema(description = "the photograph, base64 (RFC 4648 §4)", format = "byte")
        String photoBase64) {

    /** As ICAO Doc 9303 prints it: female, male, unspecified. */
    public enum Sex { F, M, X }
}
