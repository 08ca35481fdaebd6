package pa.gob.refugio.kit.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Titles and details of the kit's own problems in Spanish (first: the default) and English. A request that prefers
 * English ({@code Accept-Language: en}, {@code en-US}, ...) over Spanish gets English; anything else (no header,
 * Spanish, a language we do not speak) gets Spanish. The problem {@code type} URIs never change with the language.
 * Services build their domain problems with {@link Texts} (Spanish and English) and are answered the same way.
 */
public final class ProblemMessages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    /** key → {English, Spanish}; details are {@link String#format} patterns. */
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("not-found.title", new String[]{"Not found", "No encontrado"}),
            Map.entry("not-found.detail", new String[]{"%s %s does not exist", "%s %s no existe"}),
            Map.entry("illegal-transition.title",
                    new String[]{"Not allowed in the current state", "No permitido en el estado actual"}),
            Map.entry("illegal-transition.detail",
                    new String[]{"%s is %s; it cannot be %s", "%s está en estado %s; no puede ser %s"}),
            Map.entry("concurrent-change.title", new String[]{"Changed meanwhile", "Modificado mientras tanto"}),
            Map.entry("concurrent-change.detail", new String[]{
                    "Another change to this resource was saved at the same moment; read it again and retry",
                    "Otro cambio a este recurso se guardó en el mismo momento; léalo de nuevo y reintente"}),
            Map.entry("validation.title", new String[]{"The request is not valid", "La solicitud no es válida"}),
            Map.entry("validation.detail.many", new String[]{"%s fields are not valid", "%s campos no son válidos"}),
            Map.entry("unauthorized.title", new String[]{"Unauthorized", "No autenticado"}),
            Map.entry("unauthorized.detail",
                    new String[]{"A valid bearer token is required", "Se requiere un token bearer válido"}),
            Map.entry("forbidden.title", new String[]{"Forbidden", "Prohibido"}),
            Map.entry("forbidden.detail", new String[]{"Your role may not perform this operation",
                    "Su rol no puede realizar esta operación"}),
            Map.entry("malformed-json.title", new String[]{"Malformed JSON", "JSON mal formado"}),
            Map.entry("malformed-json.detail",
                    new String[]{"The request body is not valid JSON%s", "El cuerpo de la solicitud no es JSON válido%s"}),
            Map.entry("malformed-json.location", new String[]{" (line %s, column %s)", " (línea %s, columna %s)"}),
            Map.entry("field.unknown", new String[]{"unknown field", "campo desconocido"}),
            Map.entry("field.unreadable", new String[]{"cannot read '%s' as %s", "no se puede leer '%s' como %s"}),
            Map.entry("field.expected", new String[]{"expected %s", "se esperaba %s"}),
            Map.entry("field.invalid", new String[]{"invalid value", "valor no válido"}),
            Map.entry("payload-too-large.title", new String[]{"Payload too large", "Cuerpo demasiado grande"}),
            Map.entry("payload-too-large.detail", new String[]{"The request body is larger than %s bytes",
                    "El cuerpo de la solicitud supera los %s bytes"}),
            Map.entry("payload-too-large.detail.plain",
                    new String[]{"The request body is too large", "El cuerpo de la solicitud es demasiado grande"}),
            Map.entry("http.404.detail", new String[]{"No resource at %s", "No hay ningún recurso en %s"}),
            Map.entry("http.405.detail", new String[]{"Method not allowed on %s", "Método no permitido en %s"}),
            Map.entry("http.406.detail", new String[]{"This resource cannot produce the requested media type",
                    "Este recurso no puede producir el tipo de contenido solicitado"}),
            Map.entry("http.415.detail", new String[]{"Unsupported content type; send application/json",
                    "Tipo de contenido no admitido; envíe application/json"}),
            Map.entry("http.404.title", new String[]{"Not Found", "No encontrado"}),
            Map.entry("http.405.title", new String[]{"Method Not Allowed", "Método no permitido"}),
            Map.entry("http.406.title", new String[]{"Not Acceptable", "No aceptable"}),
            Map.entry("http.413.title", new String[]{"Request Entity Too Large", "Cuerpo demasiado grande"}),
            Map.entry("http.415.title", new String[]{"Unsupported Media Type", "Tipo de contenido no admitido"}),
            Map.entry("internal.title", new String[]{"Internal error", "Error interno"}),
            Map.entry("internal.detail", new String[]{
                    "The request could not be completed; quote error id %s to operations",
                    "No se pudo completar la solicitud; indique a operaciones el identificador de error %s"}),
            Map.entry("unavailable.title",
                    new String[]{"Temporarily unavailable", "No disponible temporalmente"}),
            Map.entry("unavailable.detail", new String[]{
                    "The service cannot reach its database right now; retry after %s seconds (a POST with the same"
                            + " Idempotency-Key). Error id %s",
                    "El servicio no puede acceder a su base de datos en este momento; reintente en %s segundos (un POST"
                            + " con la misma Idempotency-Key). Identificador de error %s"}),
            Map.entry("field.control-character", new String[]{
                    "contains the control character %s, which is not allowed",
                    "contiene el carácter de control %s, que no está permitido"}),
            Map.entry("field.lone-surrogate", new String[]{
                    "contains an unpaired UTF-16 surrogate %s, which is not valid text",
                    "contiene un sustituto UTF-16 %s sin pareja, que no es texto válido"}),
            Map.entry("audit-unavailable.title",
                    new String[]{"Access could not be audited", "No se pudo auditar el acceso"}),
            Map.entry("audit-unavailable.detail", new String[]{
                    "The access could not be recorded in the audit trail, so it was not performed; retry after %s"
                            + " seconds, or quote error id %s to operations",
                    "El acceso no pudo registrarse en la auditoría y por eso no se realizó; reintente en %s segundos o"
                            + " indique a operaciones el identificador de error %s"}),
            Map.entry("idempotency-key-reused.title",
                    new String[]{"Idempotency key reused", "Clave de idempotencia reutilizada"}),
            Map.entry("idempotency-key-reused.detail", new String[]{
                    "Idempotency-Key %s was already used for a different request; use a new key for a new request",
                    "La Idempotency-Key %s ya se usó para otra solicitud; use una clave nueva para una solicitud nueva"}),
            Map.entry("idempotency-key-in-progress.title",
                    new String[]{"Request still in progress", "Solicitud aún en curso"}),
            Map.entry("idempotency-key-in-progress.detail", new String[]{
                    "A request with Idempotency-Key %s is still being processed; retry later to get its response",
                    "Una solicitud con la Idempotency-Key %s todavía se está procesando; reintente más tarde para"
                            + " obtener su respuesta"}),
            Map.entry("idempotency-key-invalid.title",
                    new String[]{"Invalid idempotency key", "Clave de idempotencia no válida"}),
            Map.entry("idempotency-key-invalid.detail", new String[]{
                    "Idempotency-Key must be 1 to %s visible ASCII characters",
                    "La Idempotency-Key debe tener de 1 a %s caracteres ASCII visibles"}),
            Map.entry("rate-limited.title", new String[]{"Too many requests", "Demasiadas solicitudes"}),
            Map.entry("rate-limited.detail", new String[]{
                    "%s may send %s requests per minute; retry after %s seconds",
                    "%s puede enviar %s solicitudes por minuto; reintente en %s segundos"}),
            Map.entry("precondition-required.title",
                    new String[]{"Precondition required", "Se requiere una precondición"}),
            Map.entry("precondition-required.detail", new String[]{
                    "Send If-Match with the ETag of the version you read (current: %s)",
                    "Envíe If-Match con el ETag de la versión que leyó (actual: %s)"}),
            Map.entry("precondition-failed.title", new String[]{"Changed since you read it", "Modificado desde su lectura"}),
            Map.entry("precondition-failed.detail", new String[]{
                    "If-Match %s does not match the current version %s; read the resource again and retry",
                    "If-Match %s no coincide con la versión actual %s; lea el recurso de nuevo y reintente"}));

    /** The language answers default to when the caller states no preference we can honour: Spanish. */
    public static final Locale DEFAULT = SPANISH;

    /** English when the caller prefers it to Spanish, otherwise Spanish. */
    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return DEFAULT;
        }
        try {
            return of(headers.getAcceptableLanguages());
        } catch (RuntimeException unparsable) {
            return DEFAULT;
        }
    }

    /** {@code languages} in order of preference (as {@link HttpHeaders#getAcceptableLanguages()} gives them). */
    public static Locale of(List<Locale> languages) {
        for (Locale language : languages) {
            if ("es".equalsIgnoreCase(language.getLanguage())) {
                return SPANISH;
            }
            if ("en".equalsIgnoreCase(language.getLanguage())) {
                return ENGLISH;
            }
        }
        return DEFAULT;
    }

    /** For code outside JAX-RS: a raw {@code Accept-Language} header. */
    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return of(ranges.stream().filter(r -> r.getWeight() > 0)
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException unparsable) {
            return DEFAULT;
        }
    }

    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    public static String text(String key, Locale locale, Object... args) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("No problem text " + key);
        }
        String pattern = SPANISH.getLanguage().equals(locale.getLanguage()) ? texts[1] : texts[0];
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** The value of {@code Content-Language} for a response in {@code locale}. */
    public static String tag(Locale locale) {
        return SPANISH.getLanguage().equals(locale.getLanguage()) ? "es" : "en";
    }

    private ProblemMessages() {
    }
}
