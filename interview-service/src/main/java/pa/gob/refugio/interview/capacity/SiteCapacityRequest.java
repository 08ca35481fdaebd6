package pa.gob.refugio.interview.capacity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * The capacity of a site as operators set it: interviews per weekday (every weekday not named holds none), how many
 * of each day's first slots are held for unaccompanied or separated children (default 0), and, for a site
 * interview-service does not know yet, its name as registration-service announces it (default: the code).
 */
public record SiteCapacityRequest(
        @Size(min = 1, max = 60) String name,
        @NotNull @NotEmpty Map<@NotNull DayOfWeek, @NotNull @PositiveOrZero @Max(100) Integer> interviews,
        @PositiveOrZero @Max(100) Integer childrenSlots) {
}
