package pa.gob.refugio.documents.document;

import java.time.LocalDate;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.validity.DocumentValidity;

/**
 * How long documents are valid and how renewals and extensions change that, in plain Java. Every last day comes
 * from the one validity arithmetic of procedure-rules, {@link DocumentValidity} (N months counted from date to date:
 * the day before the same date N months later, or the last day of a month without that date).
 * <ul>
 *   <li>A provisional ID is valid {@code provisionalMonths} (6) from the admission decision; a refugee document
 *       {@code refugeeMonths} (12) from the recognition. {@code validUntil} is the last day of validity: issued on
 *       30 November, a provisional ID is valid through 29 May.</li>
 *   <li>A renewal adds the same period again, starting the day after the former last day (or on the decision day,
 *       if the renewal was decided after the former last day), so there is no gap.</li>
 *   <li>An extension by resolution "by N months" also starts the day after the former last day.</li>
 *   <li>A renewal must be requested on or before the last day; a document whose renewal is pending stays valid
 *       until the renewal is decided, even past its last day.</li>
 *   <li>A provisional ID is renewable only while the case is open.</li>
 *   <li>Admitted asylum seekers and recognised refugees may work: both kinds carry work-permit eligibility for their
 *       validity.</li>
 * </ul>
 */
public final class ValidityRules {

    private final int provisionalMonths;
    private final int refugeeMonths;

    public ValidityRules(int provisionalMonths, int refugeeMonths) {
        if (provisionalMonths <= 0 || refugeeMonths <= 0) {
            throw new IllegalArgumentException("validity periods must be positive");
        }
        this.provisionalMonths = provisionalMonths;
        this.refugeeMonths = refugeeMonths;
    }

    public int monthsOf(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID ? provisionalMonths : refugeeMonths;
    }

    /** Last day of validity of a document of {@code kind} valid from {@code validFrom} ({@link DocumentValidity}). */
    public LocalDate validUntil(DocumentKind kind, LocalDate validFrom) {
        return DocumentValidity.lastDay(validFrom, monthsOf(kind));
    }

    /** The status as of {@code today}: a VALID document past its last day is EXPIRED; a pending renewal is not. */
    public static DocumentStatus effectiveStatus(DocumentStatus stored, LocalDate validUntil, LocalDate today) {
        if (stored == DocumentStatus.VALID && today.isAfter(validUntil)) {
            return DocumentStatus.EXPIRED;
        }
        return stored;
    }

    /** The document proves the holder's status today (valid, or kept valid by a pending renewal). */
    public static boolean inForce(DocumentStatus stored, LocalDate validUntil, LocalDate today) {
        DocumentStatus effective = effectiveStatus(stored, validUntil, today);
        return effective == DocumentStatus.VALID || effective == DocumentStatus.RENEWAL_PENDING;
    }

    /** What public verification answers: only VALID, EXPIRED, REVOKED or SUPERSEDED (a pending renewal is VALID). */
    public static DocumentStatus publicStatus(DocumentStatus stored, LocalDate validUntil, LocalDate today) {
        DocumentStatus effective = effectiveStatus(stored, validUntil, today);
        return effective == DocumentStatus.RENEWAL_PENDING ? DocumentStatus.VALID : effective;
    }

    /** Both kinds allow the holder to work (Executive Decree of May 2019; recognised refugees). */
    public static boolean grantsWorkPermitEligibility(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID || kind == DocumentKind.REFUGEE_DOCUMENT;
    }

    /**
     * Refuses a renewal requested on {@code today}: 409 if the document is not current or already awaits a renewal,
     * or (provisional ID) its case has ended; 422 if it has already expired.
     */
    public void checkRenewable(DocumentKind kind, DocumentStatus stored, LocalDate validUntil, LocalDate today,
                               boolean caseOpen) {
        if (!stored.active()) {
            throw ProblemException.illegalTransition("The document", stored, "renewed");
        }
        if (stored == DocumentStatus.RENEWAL_PENDING) {
            throw ProblemException.conflict("renewal-already-pending",
                    Texts.of("Ya hay una renovación pendiente", "A renewal is already pending"),
                    Texts.of("El documento ya tiene una renovación pendiente; sigue vigente hasta que se decida",
                            "The document already has a renewal pending; it stays valid until that renewal is decided"));
        }
        if (today.isAfter(validUntil)) {
            throw ProblemException.ruleViolated("renewal-after-expiry",
                            Texts.of("El documento ha vencido", "The document has expired"),
                            Texts.of("El documento venció el " + validUntil + "; la renovación debe pedirse a más"
                                            + " tardar el último día de vigencia. Pedida el " + today
                                            + ": el titular necesita un documento nuevo",
                                    "The document expired on " + validUntil + "; a renewal must be requested on or"
                                            + " before its last day of validity. Requested on " + today
                                            + ": the holder needs a new document"))
                    .with("validUntil", validUntil.toString()).with("requestedOn", today.toString());
        }
        if (kind == DocumentKind.PROVISIONAL_ID && !caseOpen) {
            throw ProblemException.conflict("case-closed", Texts.of("El caso ha terminado", "The case has ended"),
                    Texts.of("Un carné provisional solo se renueva mientras el caso está abierto",
                            "A provisional ID is renewable only while the case is open"));
        }
    }

    /**
     * The new last day after a renewal approved on {@code decidedOn}: the new period starts the day after the former
     * last day, or on the decision day if the renewal (kept valid while pending) was decided later.
     */
    public LocalDate renewedUntil(DocumentKind kind, LocalDate validUntil, LocalDate decidedOn) {
        LocalDate firstDay = DocumentValidity.renewalFirstDay(validUntil);
        if (decidedOn.isAfter(firstDay)) {
            firstDay = decidedOn;
        }
        return DocumentValidity.lastDay(firstDay, monthsOf(kind));
    }

    /**
     * The new last day after an extension by resolution: until a date, or by some months (a period starting the day
     * after the former last day, {@link DocumentValidity#renewedLastDay}). An extension never shortens a validity.
     */
    public static LocalDate extendedUntil(LocalDate validUntil, LocalDate extendUntil, Integer extendByMonths) {
        if ((extendUntil == null) == (extendByMonths == null)) {
            throw new IllegalArgumentException("give exactly one of extendUntil or extendByMonths");
        }
        LocalDate extended = extendUntil != null ? extendUntil
                : DocumentValidity.renewedLastDay(validUntil, extendByMonths);
        return extended.isAfter(validUntil) ? extended : validUntil;
    }
}
