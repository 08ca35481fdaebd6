package pa.gob.refugio.documents.extension;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import pa.gob.refugio.documents.document.DocumentKind;

/**
 * A resolution extending the validity of every current document of {@code kind} whose last day is before
 * {@code expiringBefore} (and, if given, on or after {@code expiringFrom}): until {@code extendUntil}, or by
 * {@code extendByMonths} — exactly one of the two.
 */
public record ValidityExtensionRequest(
        @NotBlank @Size(max = 60) String resolution,
        LocalDate extendUntil,
        @Positive @Max(60) Integer extendByMonths,
        @NotNull DocumentKind kind,
        @NotNull LocalDate expiringBefore,
        LocalDate expiringFrom) {
}
