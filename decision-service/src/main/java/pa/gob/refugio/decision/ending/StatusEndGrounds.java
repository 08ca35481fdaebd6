package pa.gob.refugio.decision.ending;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import pa.gob.refugio.events.decision.StatusEnded.Kind;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * The legal grounds on which CONARE may end a status (cessation, cancellation, revocation), as configuration: lines
 * {@code <KIND>.<CODE> = legal source} of a properties file (UTF-8); by default the classpath's
 * {@code status-end-grounds.properties}. Plain Java.
 */
public final class StatusEndGrounds {

    public static final String DEFAULT_RESOURCE = "status-end-grounds.properties";

    private final Map<String, StatusEndGround> byCode;

    private StatusEndGrounds(Map<String, StatusEndGround> byCode) {
        this.byCode = byCode;
    }

    public static StatusEndGrounds of(List<StatusEndGround> grounds) {
        Map<String, StatusEndGround> byCode = new TreeMap<>();
        for (StatusEndGround g : grounds) {
            if (byCode.put(g.code(), g) != null) {
                throw new IllegalArgumentException("Status-end ground " + g.code() + " is configured twice");
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException("No status-end ground is configured");
        }
        return new StatusEndGrounds(byCode);
    }

    /** Reads {@code <KIND>.<CODE> = legal source} lines; a key of an unknown kind is a configuration error. */
    public static StatusEndGrounds read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<StatusEndGround> grounds = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("Status-end ground " + key + " is not <KIND>.<CODE>");
            }
            Kind kind = Kind.valueOf(key.substring(0, dot).strip());
            String code = key.substring(dot + 1).strip();
            String source = p.getProperty(key).strip();
            if (code.isEmpty() || source.isEmpty()) {
                throw new IllegalArgumentException("Status-end ground " + key + " needs a code and its legal source");
            }
            grounds.add(new StatusEndGround(kind, code, source));
        }
        return of(grounds);
    }

    /** The file at {@code path} when given, otherwise the default list on the classpath. */
    public static StatusEndGrounds load(Optional<String> path) {
        try {
            if (path.isPresent() && !path.get().isBlank()) {
                try (Reader r = Files.newBufferedReader(Path.of(path.get()), StandardCharsets.UTF_8)) {
                    return read(r);
                }
            }
            try (InputStream in = StatusEndGrounds.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULT_RESOURCE + " is not on the classpath");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<StatusEndGround> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(StatusEndGround::kind).thenComparing(StatusEndGround::code)).toList();
    }

    /**
     * The ground {@code code} for an end of kind {@code kind}; 422 when it is not configured, or is a ground of
     * another kind (a cessation cannot rest on a revocation ground).
     */
    public StatusEndGround require(Kind kind, String code) {
        StatusEndGround ground = code == null ? null : byCode.get(code.strip());
        if (ground == null) {
            throw ProblemException.ruleViolated("unknown-status-end-ground",
                            Texts.of("Causal desconocida", "Unknown ground"),
                            Texts.of("La causal " + code + " no está entre las causales configuradas de cesación, "
                                            + "cancelación o revocación",
                                    "Ground " + code + " is not one of the configured grounds of cessation, "
                                            + "cancellation or revocation"))
                    .with("ground", String.valueOf(code))
                    .with("grounds", all().stream().filter(g -> g.kind() == kind).map(StatusEndGround::code).toList());
        }
        if (ground.kind() != kind) {
            throw ProblemException.ruleViolated("ground-of-another-kind",
                            Texts.of("Causal de otro tipo", "Ground of another kind"),
                            Texts.of("La causal " + ground.code() + " es de " + ground.kind() + ", no de " + kind,
                                    "Ground " + ground.code() + " is a ground of " + ground.kind() + ", not of "
                                            + kind))
                    .with("ground", ground.code()).with("groundKind", ground.kind().name()).with("kind", kind.name());
        }
        return ground;
    }
}
