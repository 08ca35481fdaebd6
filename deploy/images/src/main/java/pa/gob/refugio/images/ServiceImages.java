package pa.gob.refugio.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds one OCI image tar per service from its Quarkus fast-jar ({@code <service>/target/quarkus-app}) with jib-core,
 * without a Docker daemon and without writing to a registry. Layers, from the one that changes least: third-party
 * libraries ({@code lib/boot}, {@code lib/main} but Refugio's own jars), Refugio's own modules ({@code lib/main/pa.gob.refugio.*}),
 * the application ({@code app/}, {@code quarkus/}, {@code quarkus-run.jar}, ...), all under {@code /deployments}.
 * File times and the image's creation time are fixed, so the same inputs give the same digest.
 *
 * <p>Arguments: {@code <repository root> <version> <registry> <base> <output dir> <service>...}; base is an image
 * reference ({@code eclipse-temurin:...}, {@code tar:///path/base.tar}) or {@code local} for {@link LocalBaseImage}.
 */
public final class ServiceImages {

    /**
     * The production JVM flags of deploy/local-stack's JvmFlags.PRODUCTION (docs/operations.md "JVM flags") but the
     * heap size: in a container the heap follows the container's memory limit (the Deployment's
     * {@code JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=...}; a flag on this command line would override it).
     */
    public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");
    public static final String APP_ROOT = "/deployments";
    public static final List<String> ENTRYPOINT = entrypoint();
    static final Instant FILE_TIME = Instant.ofEpochSecond(1);

    private ServiceImages() {
    }

    private static List<String> entrypoint() {
        List<String> e = new ArrayList<>();
        e.add(LocalBaseImage.JAVA_HOME + "/bin/java");
        e.addAll(JVM_FLAGS);
        e.add("-jar");
        e.add(APP_ROOT + "/quarkus-run.jar");
        return List.copyOf(e);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            throw new IllegalArgumentException("usage: <root> <version> <registry> <base> <output dir> <service>...");
        }
        Path root = Paths.get(args[0]).toAbsolutePath().normalize();
        String version = args[1];
        String registry = args[2];
        String base = args[3];
        Path out = Paths.get(args[4]).toAbsolutePath().normalize();
        Files.createDirectories(out);
        if (base.equals("local")) {
            Path baseTar = out.resolve("base/refugio-jre17-local-base.tar");
            long start = System.nanoTime();
            String reference = LocalBaseImage.build(baseTar, out.resolve("base/work"));
            System.out.printf("[images] local base %s -> %s (%d s)%n", reference, baseTar, (System.nanoTime() - start) / 1_000_000_000L);
            base = "tar://" + baseTar;
        }
        for (int i = 5; i < args.length; i++) {
            String service = args[i];
            long start = System.nanoTime();
            String name = registry + "/" + service + ":" + version;
            Path tar = out.resolve(service + ".tar");
            build(root.resolve(service).resolve("target/quarkus-app"), service, version, base, name, tar, out.resolve("jib-cache"));
            System.out.printf("[images] %s -> %s (%d s)%n", name, tar, (System.nanoTime() - start) / 1_000_000_000L);
        }
    }

    /** Builds the image {@code name} of {@code service} from its fast-jar at {@code quarkusApp} into {@code tar}. */
    public static void build(Path quarkusApp, String service, String version, String base, String name, Path tar,
            Path cache) throws Exception {
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(quarkusApp + " has no quarkus-run.jar: package the service first");
        }
        FileEntriesLayer.Builder dependencies = FileEntriesLayer.builder().setName("dependencies");
        FileEntriesLayer.Builder refugio = FileEntriesLayer.builder().setName("refugio-modules");
        FileEntriesLayer.Builder application = FileEntriesLayer.builder().setName("application");
        try (Stream<Path> files = Files.walk(quarkusApp)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String relative = quarkusApp.relativize(file).toString().replace('\\', '/');
                FileEntriesLayer.Builder layer;
                if (relative.startsWith("lib/") && file.getFileName().toString().startsWith("pa.gob.refugio.")) {
                    layer = refugio;
                } else if (relative.startsWith("lib/")) {
                    layer = dependencies;
                } else {
                    layer = application;
                }
                // Owned by root and read-only for user 185: the service cannot change its own code.
                layer.addEntry(file, AbsoluteUnixPath.get(APP_ROOT + "/" + relative), FilePermissions.fromOctalString("644"), FILE_TIME);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", service);
        labels.put("org.opencontainers.image.version", version);
        labels.put("org.opencontainers.image.source", "refugio:" + service);
        labels.put("org.opencontainers.image.vendor", "Refugio");
        labels.put("org.opencontainers.image.base.name", base.startsWith("tar://") ? "local JRE 17 base (jlink)" : base);

        JibContainerBuilder builder = Jib.from(base)
                .setFormat(ImageFormat.OCI)
                .setCreationTime(Instant.EPOCH)
                .addFileEntriesLayer(dependencies.build())
                .addFileEntriesLayer(refugio.build())
                .addFileEntriesLayer(application.build())
                .setUser("185")
                .setWorkingDirectory(AbsoluteUnixPath.get(APP_ROOT))
                .setEntrypoint(ENTRYPOINT)
                .setProgramArguments(List.of())
                .addExposedPort(Port.tcp(8080))
                .addEnvironmentVariable("HTTP_PORT", "8080")
                .setLabels(labels);
        Files.createDirectories(tar.getParent());
        builder.containerize(Containerizer.to(TarImage.at(tar).named(name))
                .setBaseImageLayersCache(cache.resolve("base"))
                .setApplicationLayersCache(cache.resolve("app"))
                .setToolName("refugio-images"));
    }
}
