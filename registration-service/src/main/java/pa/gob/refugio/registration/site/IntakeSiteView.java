package pa.gob.refugio.registration.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/** An intake site as operators maintain it. {@code active} defaults to true. */
public record IntakeSiteView(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code like BALBOA") String code,
        @NotBlank @Size(max = 60) String name,
        @NotNull LocalTime opens,
        @NotNull LocalTime closes,
        @NotNull @Positive @Max(480) Integer slotMinutes,
        @NotNull @Positive @Max(1000) Integer dailyCapacity,
        Boolean active) {

    static IntakeSiteView of(IntakeSite s) {
        return new IntakeSiteView(s.code(), s.name(), s.opens(), s.closes(), s.slotMinutes(), s.dailyCapacity(),
                s.active());
    }
}
