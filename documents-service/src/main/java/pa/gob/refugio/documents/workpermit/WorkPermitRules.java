package pa.gob.refugio.documents.workpermit;

import java.time.LocalDate;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * Who may hold a MITRADEL work permit, and for how long (plain Java).
 * <ul>
 * <li><b>By status:</b> an admitted asylum seeker with an in-force provisional ID (Executive Decree of May 2019; now
 * the humanitarian-protection class of Executive Decree 6 of 2023 <i>(unsure)</i>), or a recognised refugee with an
 * in-force refugee document ("a work permit for the same period can follow").</li>
 * <li><b>By age:</b> the minimum working age is configuration ({@code refugio.documents.work-permit.minimum-age},
 * 18; legal source <i>(unsure)</i>: Labour Code and the rules on adolescent work). documents-service knows a member's
 * age only as the adult flag registration publishes ({@code ApplicationRegistered}); so a member is of working age
 * when registered as an adult and the minimum age is at most 18; an unknown age (registered before this service
 * listened) or a child is not.</li>
 * <li><b>Period:</b> from no earlier than the document's first day to no later than its last day; a renewal of the
 * document does not extend the permit (MITRADEL records a new one).</li>
 * </ul>
 */
public final class WorkPermitRules {

    /** The age the adult flag stands for (registration-service: 18 at registration). */
    static final int AGE_OF_MAJORITY = 18;

    private final int minimumAge;

    public WorkPermitRules(int minimumAge) {
        if (minimumAge < 0) {
            throw new IllegalArgumentException("minimum working age " + minimumAge);
        }
        this.minimumAge = minimumAge;
    }

    public int minimumAge() {
        return minimumAge;
    }

    /** Whether the member's document allows a work permit today. */
    public boolean eligible(DocumentKind kind, boolean documentInForce, Boolean adult) {
        return statusAllows(kind) && documentInForce && ageAllows(adult);
    }

    static boolean statusAllows(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID || kind == DocumentKind.REFUGEE_DOCUMENT;
    }

    boolean ageAllows(Boolean adult) {
        return Boolean.TRUE.equals(adult) && minimumAge <= AGE_OF_MAJORITY;
    }

    /** Refuses (422, naming the rule) a permit the member or the period does not allow. */
    public void checkRecordable(String documentNumber, DocumentKind kind, DocumentStatus status,
                                boolean documentInForce, LocalDate documentValidFrom, LocalDate documentValidUntil,
                                Boolean adult, LocalDate from, LocalDate until) {
        if (!statusAllows(kind) || !documentInForce) {
            throw ProblemException.ruleViolated("work-permit-document-not-in-force",
                            Texts.of("El documento no permite un permiso de trabajo",
                                    "The document does not allow a work permit"),
                            Texts.of("Un permiso de trabajo requiere un carné de solicitante o un documento de "
                                            + "refugiado vigente; el documento " + documentNumber + " está " + status
                                            + " (vigencia hasta " + documentValidUntil + ").",
                                    "A work permit needs an in-force provisional ID or refugee document; document "
                                            + documentNumber + " is " + status + " (valid until "
                                            + documentValidUntil + ")."))
                    .with("rule", "work-permit-document-in-force").with("documentStatus", status)
                    .with("deadline", documentValidUntil);
        }
        if (!ageAllows(adult)) {
            String known = adult == null ? "no consta la edad del titular" : "el titular no consta como mayor de edad";
            String knownEn = adult == null ? "the holder's age is not known" : "the holder is not registered as an adult";
            throw ProblemException.ruleViolated("work-permit-minimum-age",
                            Texts.of("Edad mínima para trabajar no alcanzada",
                                    "Minimum working age not reached"),
                            Texts.of("La edad mínima para un permiso de trabajo es " + minimumAge + " años ("
                                            + "configuración; fuente legal por confirmar) y " + known + ".",
                                    "The minimum age for a work permit is " + minimumAge + " (configuration; legal "
                                            + "source unsure) and " + knownEn + "."))
                    .with("rule", "work-permit-minimum-age").with("minimumAge", minimumAge)
                    .with("adult", adult);
        }
        if (until.isBefore(from)) {
            throw ProblemException.ruleViolated("work-permit-period-invalid",
                            Texts.of("Periodo del permiso inválido", "Invalid permit period"),
                            Texts.of("El último día del permiso (" + until + ") es anterior al primero (" + from + ").",
                                    "The permit's last day (" + until + ") is before its first (" + from + ")."))
                    .with("rule", "work-permit-period");
        }
        if (from.isBefore(documentValidFrom) || until.isAfter(documentValidUntil)) {
            throw ProblemException.ruleViolated("work-permit-beyond-document",
                            Texts.of("El permiso no puede exceder la vigencia del documento",
                                    "The permit cannot outlast the document"),
                            Texts.of("El permiso de trabajo sigue la vigencia del documento " + documentNumber
                                            + ": del " + documentValidFrom + " al " + documentValidUntil
                                            + " a más tardar; se pidió del " + from + " al " + until + ".",
                                    "A work permit follows document " + documentNumber + "'s validity: from "
                                            + documentValidFrom + " to " + documentValidUntil + " at the latest; "
                                            + "asked from " + from + " to " + until + "."))
                    .with("rule", "work-permit-within-document").with("deadline", documentValidUntil)
                    .with("documentValidFrom", documentValidFrom);
        }
    }
}
