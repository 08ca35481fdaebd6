package pa.gob.refugio.documents.workpermit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** MITRADEL's permit: its number and its period (first and last day, inclusive). */
public record WorkPermitRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]*")
                                String permitNumber,
                                @NotNull LocalDate validFrom, @NotNull LocalDate validUntil) {
}
