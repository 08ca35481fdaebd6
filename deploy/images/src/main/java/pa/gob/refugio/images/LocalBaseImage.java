package pa.gob.refugio.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JRE 17 base image made from the build machine's own JDK, for machines (CI, this one) that reach no container
 * registry: a {@code jlink}ed runtime at {@code /opt/java/openjdk} (where the eclipse-temurin images have it) plus the
 * shared libraries {@code ldd} says it needs (glibc, libz, libstdc++, ...), at the paths they have on the build
 * machine, an {@code /etc/passwd} naming user 185 and a {@code /tmp}. Written as a {@code docker save} tar (the format
 * jib reads back as a {@code tar://} base) with fixed timestamps, so the same JDK gives the same layers.
 */
public final class LocalBaseImage {

    /** Where the runtime lives in the image; the same path as in eclipse-temurin:17-jre. */
    public static final String JAVA_HOME = "/opt/java/openjdk";
    public static final String PATH = JAVA_HOME + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /**
     * The modules Quarkus and the services use: the whole of Java SE (java.se: logging, naming, sql, xml, management,
     * desktop for PDFBox's imaging, security.sasl for Kafka's SCRAM, net.http, ...) plus the jdk.* runtime modules a
     * JRE image ships (sun.misc.Unsafe for Netty and Kafka, EC crypto for TLS, locale data for Spanish formats, DNS,
     * zip file system, JFR and the management beans Micrometer reads). No compiler, no debugger agent.
     */
    static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.crypto.ec", "jdk.crypto.cryptoki",
            "jdk.localedata", "jdk.charsets", "jdk.naming.dns", "jdk.zipfs", "jdk.jfr", "jdk.management",
            "jdk.management.jfr", "jdk.net", "jdk.security.auth", "jdk.security.jgss", "jdk.httpserver");

    static final Instant FILE_TIME = Instant.ofEpochSecond(1);
    private static final Pattern LDD_LIBRARY = Pattern.compile("(?:=>\\s+)?(/\\S+)\\s+\\(0x");

    private LocalBaseImage() {
    }

    /** Builds the base tar at {@code out} (working files under {@code work}); returns the image reference. */
    public static String build(Path out, Path work) throws Exception {
        Path jre = work.resolve("jre");
        deleteRecursively(jre);
        Files.createDirectories(work);
        Path javaHome = Paths.get(System.getProperty("java.home"));
        Path jlink = javaHome.resolve("bin/jlink");
        if (!Files.isExecutable(jlink)) {
            throw new IllegalStateException("No jlink in " + javaHome + ": the local base needs a full JDK 17 (with jmods)");
        }
        run(List.of(jlink.toString(), "--add-modules", String.join(",", MODULES), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=2", "--output", jre.toString()));

        FileEntriesLayer.Builder runtime = FileEntriesLayer.builder().setName("jre");
        TreeSet<String> libraries = new TreeSet<>();
        try (Stream<Path> files = Files.walk(jre)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String inImage = JAVA_HOME + "/" + jre.relativize(file).toString().replace('\\', '/');
                runtime.addEntry(file, AbsoluteUnixPath.get(inImage),
                        FilePermissions.fromPosixFilePermissions(Files.getPosixFilePermissions(file)), FILE_TIME);
                String name = file.getFileName().toString();
                if (name.endsWith(".so") || file.getParent().getFileName().toString().equals("bin")) {
                    libraries.addAll(sharedLibraries(file, jre));
                }
            }
        }

        Path etc = work.resolve("etc");
        Files.createDirectories(etc);
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                + "refugio:x:185:0:Refugio service:/deployments:/usr/sbin/nologin\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("group"), "root:x:0:\n", StandardCharsets.UTF_8);
        Path tmp = work.resolve("tmp");
        Files.createDirectories(tmp);

        FileEntriesLayer.Builder system = FileEntriesLayer.builder().setName("system");
        for (String library : libraries) {
            // Copied with the content the path resolves to (a symlink such as /lib64/ld-linux-x86-64.so.2 included).
            system.addEntry(Paths.get(library).toRealPath(), AbsoluteUnixPath.get(library),
                    FilePermissions.fromOctalString("755"), FILE_TIME);
        }
        system.addEntry(etc.resolve("passwd"), AbsoluteUnixPath.get("/etc/passwd"), FilePermissions.fromOctalString("644"), FILE_TIME);
        system.addEntry(etc.resolve("group"), AbsoluteUnixPath.get("/etc/group"), FilePermissions.fromOctalString("644"), FILE_TIME);
        system.addEntry(tmp, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), FILE_TIME);

        String reference = "refugio/jre17-local-base:" + System.getProperty("java.version");
        Files.createDirectories(out.getParent());
        Jib.fromScratch()
                .setFormat(ImageFormat.Docker)
                .setCreationTime(Instant.EPOCH)
                .addFileEntriesLayer(system.build())
                .addFileEntriesLayer(runtime.build())
                .setEnvironment(new TreeMap<>(Map.of("JAVA_HOME", JAVA_HOME, "PATH", PATH, "LANG", "C.UTF-8")))
                .addLabel("org.opencontainers.image.title", "JRE 17 base made from the build machine's JDK")
                .addLabel("org.opencontainers.image.version", System.getProperty("java.version"))
                .containerize(Containerizer.to(TarImage.at(out).named(reference))
                        .setBaseImageLayersCache(work.resolve("jib-cache/base"))
                        .setApplicationLayersCache(work.resolve("jib-cache/app"))
                        .setOfflineMode(true)
                        .setToolName("refugio-images"));
        return reference;
    }

    /** The absolute paths of the shared libraries {@code ldd} lists for {@code file} (none if it is not dynamic). */
    static List<String> sharedLibraries(Path file, Path ownRuntime) throws IOException, InterruptedException {
        Process ldd = new ProcessBuilder("ldd", file.toString()).redirectErrorStream(true).start();
        String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ldd.waitFor(60, TimeUnit.SECONDS);
        List<String> found = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.contains("not found") || line.contains("linux-vdso")) {
                continue;
            }
            Matcher m = LDD_LIBRARY.matcher(line.trim());
            if (m.find() && !m.group(1).startsWith(ownRuntime.toString())) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
