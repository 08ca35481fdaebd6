package pa.gob.refugio.registration.partner.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * The person's consent as recorded: purpose, scope, date, who took it. Immutable once recorded. The purpose (free
 * text that may say why the person is referred) is encrypted at rest.
 */
@Embeddable
public class Consent {

    @Convert(converter = EncryptedText.class)
    @Column(name = "consent_purpose")
    private String purpose;
    @Column(name = "consent_scopes")
    private String scopes;
    @Column(name = "consent_given_on")
    private LocalDate givenOn;
    @Column(name = "consent_taken_by")
    private String takenBy;

    protected Consent() {
    }

    /**
     * A consent that must include {@code required}; otherwise 422 {@code consent-scope-missing}. A consent given in
     * the future is refused (422 {@code consent-in-the-future}).
     */
    static Consent recorded(String purpose, Collection<ConsentScope> scopes, LocalDate givenOn, String takenBy,
                            ConsentScope required, LocalDate today) {
        if (scopes == null || !scopes.contains(required)) {
            throw ProblemException.ruleViolated("consent-scope-missing",
                            Texts.of("El consentimiento no cubre esto", "Consent does not cover this"),
                            Texts.of("El consentimiento de la persona debe incluir el alcance " + required,
                                    "The person's consent must include the scope " + required))
                    .with("requiredScope", required.name());
        }
        if (givenOn.isAfter(today)) {
            throw ProblemException.ruleViolated("consent-in-the-future",
                    Texts.of("Consentimiento con fecha futura", "Consent dated in the future"),
                    Texts.of("La fecha del consentimiento " + givenOn + " es posterior a hoy " + today,
                            "The consent date " + givenOn + " is after today " + today));
        }
        Consent c = new Consent();
        c.purpose = purpose.strip();
        c.scopes = String.join(",", EnumSet.copyOf(scopes).stream().map(Enum::name).toList());
        c.givenOn = givenOn;
        c.takenBy = takenBy.strip();
        return c;
    }

    /**
     * No consent asked: the referral is a duty by law (SENNIAF is informed of every child alone). The purpose says
     * so; no scope is recorded.
     */
    static Consent byLaw(String purpose, LocalDate on, String officer) {
        Consent c = new Consent();
        c.purpose = purpose;
        c.scopes = "";
        c.givenOn = on;
        c.takenBy = officer;
        return c;
    }

    public String purpose() {
        return purpose;
    }

    public Set<ConsentScope> scopes() {
        EnumSet<ConsentScope> set = EnumSet.noneOf(ConsentScope.class);
        Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(ConsentScope::valueOf).forEach(set::add);
        return set;
    }

    public boolean covers(ConsentScope scope) {
        return scopes().contains(scope);
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String takenBy() {
        return takenBy;
    }

    public View view() {
        return new View(purpose, List.copyOf(scopes()), givenOn, takenBy);
    }

    /** The consent as shown to ONPAR. */
    public record View(String purpose, List<ConsentScope> scopes, LocalDate givenOn, String takenBy) {
    }
}
