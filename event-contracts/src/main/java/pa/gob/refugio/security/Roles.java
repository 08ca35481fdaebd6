package pa.gob.refugio.security;

import java.util.List;

/**
 * The roles a bearer token may carry in its {@code groups} claim: one per institution and function. Every endpoint
 * names the roles it admits; an endpoint that names none is denied. Part of the contract with the institutions'
 * identity providers, hence here beside the events.
 */
public final class Roles {

    /** ONPAR officer who registers applications (intake sites). */
    public static final String ONPAR_REGISTRATION = "onpar-registration";
    /** ONPAR officer who interviews and prepares admissibility and eligibility. */
    public static final String ONPAR_ELIGIBILITY = "onpar-eligibility";
    /** The national commission that decides recognition and reconsiderations. */
    public static final String CONARE = "conare";
    /** The Minister of Government (or delegate), who decides appeals. */
    public static final String MINISTER = "minister";
    /** Servicio Nacional de Migración: documents and departures. */
    public static final String SNM = "snm";
    /** A partner NGO (HIAS, NRC, ...): referrals, its own cases only. */
    public static final String PARTNER_NGO = "partner-ngo";
    /** Operations: event flows, stuck cases, dead letters; no personal data. */
    public static final String OPERATIONS = "operations";
    /** Oversight (e.g. the Ombudsman's office or an internal audit unit): reads the audit trail, nothing else. */
    public static final String OVERSIGHT = "oversight";
    /**
     * An ONPAR supervisor: confirms back-dated entries of ONPAR officers (four eyes) and reinstates a challenge window
     * that lapsed in error, with its legal ground.
     */
    public static final String ONPAR_SUPERVISOR = "onpar-supervisor";
    /** Ministerio de Trabajo y Desarrollo Laboral: records the work permits it grants (documents-service). */
    public static final String MITRADEL = "mitradel";
    /** Ministerio de Relaciones Exteriores: statelessness (Executive Decree 10 of 2019), follows referrals to it. */
    public static final String MIRE = "mire";

    public static final List<String> ALL = List.of(ONPAR_REGISTRATION, ONPAR_ELIGIBILITY, CONARE, MINISTER, SNM,
            PARTNER_NGO, OPERATIONS, OVERSIGHT, ONPAR_SUPERVISOR, MITRADEL, MIRE);

    /** The institution a role acts for, as written in the token's {@code institution} claim by default. */
    public static String institutionOf(String role) {
        return switch (role) {
            case ONPAR_REGISTRATION, ONPAR_ELIGIBILITY, ONPAR_SUPERVISOR -> "ONPAR";
            case CONARE -> "CONARE";
            case MINISTER -> "MINGOB";
            case SNM -> "SNM";
            case PARTNER_NGO -> "HIAS";
            case OPERATIONS -> "REFUGIO-OPS";
            case OVERSIGHT -> "DEFENSORIA";
            case MITRADEL -> "MITRADEL";
            case MIRE -> "MIRE";
            default -> throw new IllegalArgumentException("Unknown role " + role + "; known: " + ALL);
        };
    }

    private Roles() {
    }
}
