package pa.gob.refugio.kit.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The procedure's words in Spanish, for the arguments of the kit's localised problems ({@code notFound("Document",
 * number)}, {@code illegalTransition("Case " + id, state, "admitted")}): the subject of a problem by exact name or by
 * prefix ("Document PA-…" → "Documento PA-…"), an action by exact phrase. A word not listed stays as written; states
 * (enum names) are codes and are never translated.
 */
public final class SpanishTerms {

    /** Exact subjects and actions. */
    private static final Map<String, String> EXACT = Map.ofEntries(
            // subjects
            Map.entry("Case", "El caso"), Map.entry("Application", "La solicitud"), Map.entry("Member", "La persona"),
            Map.entry("Decision", "La resolución"), Map.entry("Document", "El documento"),
            Map.entry("The document", "El documento"), Map.entry("Interview", "La entrevista"),
            Map.entry("Referral", "La remisión"), Map.entry("Referral consent", "El consentimiento de la remisión"),
            Map.entry("Service referral", "La remisión a un servicio"), Map.entry("Renewal", "La renovación"),
            Map.entry("Certificate", "El certificado"), Map.entry("Appeal", "La apelación"),
            Map.entry("The appeal", "La apelación"), Map.entry("Reconsideration", "La reconsideración"),
            Map.entry("The reconsideration", "La reconsideración"), Map.entry("Judicial review", "El recurso judicial"),
            Map.entry("The judicial review", "El recurso judicial"), Map.entry("Closure", "El cierre"),
            Map.entry("Intake site", "La sede de registro"), Map.entry("Site", "La sede"),
            Map.entry("Dead letter", "La carta muerta"), Map.entry("Back-dated entry", "La entrada con fecha pasada"),
            Map.entry("The back-dated entry", "La entrada con fecha pasada"),
            Map.entry("Webhook delivery", "La entrega de webhook"),
            Map.entry("Webhook subscription", "La suscripción de webhook"),
            Map.entry("Validity extension", "La prórroga de vigencia"), Map.entry("Challenge window", "El plazo de impugnación"),
            Map.entry("The reconsideration window", "El plazo de reconsideración"),
            Map.entry("The appeal window", "El plazo de apelación"),
            Map.entry("Case summary of appeal", "El resumen del caso de la apelación"),
            // actions
            Map.entry("registered", "registrado"), Map.entry("recognised", "reconocido"),
            Map.entry("granted", "concedida"), Map.entry("refused", "denegada"),
            Map.entry("withdrawn", "desistida"), Map.entry("abandoned", "abandonada"), Map.entry("closed", "cerrado"),
            Map.entry("accepted", "aceptada"), Map.entry("declined", "rechazada"), Map.entry("rejected", "rechazada"),
            Map.entry("confirmed", "confirmada"), Map.entry("decided", "decidida"),
            Map.entry("decided again", "decidida de nuevo"), Map.entry("rescheduled", "reprogramada"),
            Map.entry("given a new interview", "citada a una nueva entrevista"), Map.entry("completed", "completada"),
            Map.entry("marked as a no-show", "marcada como inasistencia"), Map.entry("cancelled", "cancelada"),
            Map.entry("superseded", "sustituido"), Map.entry("revoked", "revocado"), Map.entry("extended", "prorrogado"),
            Map.entry("renewed", "renovado"), Map.entry("lapsed", "vencido"), Map.entry("recorded again", "registrada de nuevo"),
            Map.entry("replay", "reprocesada"), Map.entry("discard", "descartada"),
            Map.entry("marked ready for a decision", "marcado listo para resolver"),
            Map.entry("sent back to the interviews", "devuelto a las entrevistas"), Map.entry("admitted", "admitido"),
            Map.entry("declared not admitted", "declarado no admitido"),
            Map.entry("decided on eligibility", "resuelto sobre la elegibilidad"),
            Map.entry("admitted on reconsideration", "admitido en reconsideración"),
            Map.entry("recognised on reconsideration or appeal", "reconocido en reconsideración o apelación"),
            Map.entry("made finally rejected", "rechazado en firme"),
            Map.entry("reopened (only a closed case is)", "reabierta (solo se reabre un caso cerrado)"),
            Map.entry("decided on a renewal (none is pending)", "resuelto sobre una renovación (no hay ninguna pendiente)"),
            Map.entry("certified for a travel document", "certificado para un documento de viaje"),
            Map.entry("reinstated (only a lapsed window is)", "restablecido (solo se restablece un plazo vencido)"),
            Map.entry("used: it lapsed unused and the rejection became final",
                    "usado: venció sin usarse y el rechazo quedó firme"),
            Map.entry("reinstated (only a provisional ID revoked by a final rejection is)",
                    "restablecido (solo se restablece un carné provisional revocado por un rechazo firme)"),
            Map.entry("notified as a confirmation (only a CONFIRMED reconsideration opens the appeal window)",
                    "notificada como confirmación (solo una reconsideración CONFIRMED abre el plazo de apelación)"),
            Map.entry("taken to the Third Chamber before the Minister denied an appeal or a window lapsed unused",
                    "llevada a la Sala Tercera antes de que el Ministro denegara una apelación o venciera un plazo sin"
                            + " usarse"));

    /** Subjects followed by an identifier, longest first. */
    private static final Map<String, String> PREFIXES = prefixes();

    private static Map<String, String> prefixes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("The administrative route of case ", "La vía administrativa del caso ");
        m.put("Reconsideration window of case ", "El plazo de reconsideración del caso ");
        m.put("Appeal window of case ", "El plazo de apelación del caso ");
        m.put("Refugee document ", "El carné de refugiado ");
        m.put("Document ", "El documento ");
        m.put("Interview ", "La entrevista ");
        m.put("Renewal ", "La renovación ");
        m.put("Case ", "El caso ");
        return m;
    }

    /** {@code text} in Spanish when the catalogue has it, otherwise as written. */
    public static String of(String text) {
        return (String) spanish(text);
    }

    static Object spanish(Object argument) {
        if (!(argument instanceof String text)) {
            return argument;
        }
        String exact = EXACT.get(text);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (text.startsWith(p.getKey())) {
                return p.getValue() + text.substring(p.getKey().length()).replace(" for decision", " para la resolución");
            }
        }
        return text;
    }

    private SpanishTerms() {
    }
}
