package pa.gob.refugio.rules.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A one-off closure of public offices decreed by the Executive (e.g. Carnival Monday), maintained by operators.
 * <p>
 * A closure is national ({@code sites} empty) or covers only the listed intake sites (e.g. a provincial foundation
 * day closes that province's offices). It closes the whole day ({@code from} null) or only from a time on (offices
 * close at noon on 24 and 31 December): a half-day closure shortens the office hours of that day but does not make
 * it a non-business day, since the office is open and a filing can still be made in the morning.
 *
 * @param date        the closed day
 * @param reason      why offices are closed, e.g. "Lunes de Carnaval (Carnival Monday)"
 * @param legalSource the instrument that decreed it, e.g. "Decreto Ejecutivo 12 de 2027"
 * @param sites       the site codes it covers (upper case, e.g. {@code BALBOA}); empty for a national closure
 * @param from        the time offices close that day; {@code null} for a whole-day closure
 */
public record Closure(LocalDate date, String reason, String legalSource, Set<String> sites, LocalTime from) {

    public Closure {
        Objects.requireNonNull(date, "date");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a closure needs a reason");
        }
        if (legalSource == null || legalSource.isBlank()) {
            throw new IllegalArgumentException("a closure needs its legal source");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String s : sites == null ? Set.<String>of() : sites) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("a closure's site code must not be blank");
            }
            codes.add(s.strip().toUpperCase(Locale.ROOT));
        }
        sites = Set.copyOf(codes);
        if (from != null && from.equals(LocalTime.MIDNIGHT)) {
            from = null;
        }
    }

    /** A national, whole-day closure. */
    public Closure(LocalDate date, String reason, String legalSource) {
        this(date, reason, legalSource, Set.of(), null);
    }

    /** Whether it closes every site. */
    public boolean isNational() {
        return sites.isEmpty();
    }

    /** Whether it closes the whole day (not only from a time on). */
    public boolean isWholeDay() {
        return from == null;
    }

    public Optional<LocalTime> closesFrom() {
        return Optional.ofNullable(from);
    }

    /**
     * Whether it applies at a site: a national closure applies everywhere; a site closure only at its sites.
     * {@code siteCode == null} means "no particular site": only national closures apply.
     */
    public boolean appliesTo(String siteCode) {
        return isNational() || siteCode != null && sites.contains(siteCode.strip().toUpperCase(Locale.ROOT));
    }

    /** E.g. {@code "Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 12 de 2027"}. */
    public String describe() {
        return reason + ", " + (from == null ? "" : "offices close at " + from + ", ") + "closure per " + legalSource
                + (isNational() ? "" : " (sites " + String.join(", ", new TreeSet<>(sites)) + ")");
    }

    /** E.g. {@code "Lunes de Carnaval (Carnival Monday), cierre según Decreto Ejecutivo 12 de 2027"}. */
    public String describeInSpanish() {
        return reason + ", " + (from == null ? "" : "oficinas cerradas desde las " + from + ", ") + "cierre según "
                + legalSource + (isNational() ? "" : " (sedes " + String.join(", ", new TreeSet<>(sites)) + ")");
    }
}
