package pa.gob.refugio.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens each service's image tar (target/images/&lt;service&gt;.tar, an OCI image layout) and checks what Kubernetes
 * will run: the entrypoint, user 185, port 8080, the working directory, labels, environment, the fixed creation time,
 * the application layers and the java of the entrypoint in the base layers; that a second build gives the same digest;
 * and that the names are the ones the manifests of deploy/kubernetes/base reference.
 */
class ServiceImagesIT {

    static final Path ROOT = Paths.get(System.getProperty("refugio.root", "../..")).toAbsolutePath().normalize();
    static final Path IMAGES = Paths.get(System.getProperty("refugio.images", "target/images")).toAbsolutePath();
    static final String REGISTRY = System.getProperty("refugio.image.registry", "refugio");
    static final String BASE = System.getProperty("refugio.image.base", "local");
    static final String VERSION = System.getProperty("refugio.version", "0.1.0-SNAPSHOT");
    static final ObjectMapper JSON = new ObjectMapper();

    /** An image tar read into memory: its blobs by digest. */
    record Image(String name, String manifestDigest, JsonNode manifest, JsonNode config, List<Map<String, TarArchiveEntry>> layers) {

        Map<String, TarArchiveEntry> applicationFiles() {
            Map<String, TarArchiveEntry> all = new LinkedHashMap<>();
            layers.subList(layers.size() - 3, layers.size()).forEach(all::putAll);
            return all;
        }

        Map<String, TarArchiveEntry> baseFiles() {
            Map<String, TarArchiveEntry> all = new LinkedHashMap<>();
            layers.subList(0, layers.size() - 3).forEach(all::putAll);
            return all;
        }
    }

    static Image open(Path tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isFile()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        JsonNode index = JSON.readTree(files.get("index.json"));
        assertEquals(1, index.get("manifests").size(), tar + ": one manifest");
        JsonNode entry = index.get("manifests").get(0);
        String digest = entry.get("digest").asText();
        JsonNode manifest = JSON.readTree(blob(files, digest));
        JsonNode config = JSON.readTree(blob(files, manifest.get("config").get("digest").asText()));
        List<Map<String, TarArchiveEntry>> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("layers")) {
            Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
            try (InputStream raw = new ByteArrayInputStream(blob(files, layer.get("digest").asText()));
                    TarArchiveInputStream in = new TarArchiveInputStream(new GZIPInputStream(raw))) {
                TarArchiveEntry e;
                while ((e = in.getNextEntry()) != null) {
                    entries.put(e.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""), e);
                }
            }
            layers.add(entries);
        }
        return new Image(entry.get("annotations").get("org.opencontainers.image.ref.name").asText(), digest, manifest,
                config, layers);
    }

    static byte[] blob(Map<String, byte[]> files, String digest) {
        byte[] b = files.get("blobs/sha256/" + digest.substring("sha256:".length()));
        assertNotNull(b, "blob " + digest);
        return b;
    }

    /**
     * The production flags as deploy/local-stack's JvmFlags.PRODUCTION lists them, but the heap size (-Xmx): in a
     * container the memory limit sizes the heap (JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage in the Deployment).
     */
    static List<String> productionFlags() throws IOException {
        String source = Files.readString(ROOT.resolve("deploy/local-stack/src/main/java/pa/gob/refugio/stack/JvmFlags.java"))
                .replaceAll("(?m)^\\s*//.*$", "");
        Matcher list = Pattern.compile("PRODUCTION = List\\.of\\(([\\s\\S]*?)\\);").matcher(source);
        assertTrue(list.find(), "JvmFlags.PRODUCTION");
        List<String> flags = new ArrayList<>();
        for (String line : list.group(1).split("\n")) {
            if (line.trim().startsWith("//")) {
                continue;
            }
            Matcher flag = Pattern.compile("\"([^\"]+)\"").matcher(line);
            while (flag.find()) {
                if (!flag.group(1).startsWith("-Xmx")) {
                    flags.add(flag.group(1));
                }
            }
        }
        return flags;
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration-service", "interview-service", "decision-service", "documents-service", "appeals-service"})
    void theImageRunsTheServiceAsUser185OnPort8080(String service) throws Exception {
        Image image = open(IMAGES.resolve(service + ".tar"));
        assertEquals(REGISTRY + "/" + service + ":" + VERSION, image.name());
        JsonNode c = image.config().get("config");

        List<String> entrypoint = new ArrayList<>();
        c.get("Entrypoint").forEach(n -> entrypoint.add(n.asText()));
        List<String> expected = new ArrayList<>();
        expected.add("/opt/java/openjdk/bin/java");
        expected.addAll(productionFlags());
        expected.addAll(List.of("-jar", "/deployments/quarkus-run.jar"));
        assertEquals(expected, entrypoint, "entrypoint: java with the production flags (JvmFlags.PRODUCTION but -Xmx) on the fast-jar");
        assertTrue(c.get("Cmd") == null || c.get("Cmd").isNull() || c.get("Cmd").isEmpty(), "no Cmd");
        assertEquals("185", c.get("User").asText(), "non-root user 185");
        assertTrue(c.get("ExposedPorts").has("8080/tcp"), "exposes 8080/tcp");
        assertEquals("/deployments", c.get("WorkingDir").asText());

        List<String> env = new ArrayList<>();
        c.get("Env").forEach(n -> env.add(n.asText()));
        assertTrue(env.contains("JAVA_HOME=/opt/java/openjdk"), "JAVA_HOME: " + env);
        assertTrue(env.stream().anyMatch(e -> e.startsWith("PATH=") && e.contains("/opt/java/openjdk/bin")), "PATH: " + env);
        assertFalse(env.stream().anyMatch(e -> e.startsWith("JAVA_TOOL_OPTIONS=")), "JAVA_TOOL_OPTIONS is left to the Deployment");

        JsonNode labels = c.get("Labels");
        assertEquals(service, labels.get("org.opencontainers.image.title").asText());
        assertEquals(VERSION, labels.get("org.opencontainers.image.version").asText());
        assertTrue(labels.has("org.opencontainers.image.source"));
        assertEquals("1970-01-01T00:00:00Z", image.config().get("created").asText(), "fixed creation time");

        Map<String, TarArchiveEntry> app = image.applicationFiles();
        assertTrue(app.containsKey("deployments/quarkus-run.jar"), "quarkus-run.jar in the application layers");
        assertTrue(app.keySet().stream().anyMatch(n -> n.startsWith("deployments/lib/main/")), "lib/ in the application layers");
        assertTrue(app.keySet().stream().anyMatch(n -> n.startsWith("deployments/app/")), "app/ in the application layers");
        assertTrue(app.keySet().stream().anyMatch(n -> n.startsWith("deployments/quarkus/")), "quarkus/ in the application layers");
        for (TarArchiveEntry e : app.values()) {
            assertEquals(0L, e.getLongUserId(), e.getName() + " owned by root: the service cannot change its code");
            assertEquals(0, e.getMode() & 0002, e.getName() + " not world-writable");
            assertEquals(1000L, e.getModTime().getTime(), e.getName() + " fixed time");
        }
        assertTrue(app.keySet().stream().noneMatch(n -> n.startsWith("app/") || n.startsWith("deployments/classes")),
                "nothing but the fast-jar");

        Map<String, TarArchiveEntry> base = image.baseFiles();
        TarArchiveEntry java = base.get("opt/java/openjdk/bin/java");
        assertNotNull(java, "the entrypoint's java is in the base layers");
        assertTrue((java.getMode() & 0111) != 0, "java is executable");
        if (BASE.equals("local")) {
            assertTrue(base.containsKey("lib64/ld-linux-x86-64.so.2"), "the dynamic loader java needs");
            assertTrue(base.keySet().stream().anyMatch(n -> n.matches("(usr/)?lib/x86_64-linux-gnu/libc\\.so\\.6")), "glibc");
            assertTrue(base.containsKey("etc/passwd"), "/etc/passwd names user 185");
        }
    }

    @Test
    void theApplicationLayersAreOrderedFromTheOneThatChangesLeast() throws Exception {
        Image image = open(IMAGES.resolve("registration-service.tar"));
        List<Map<String, TarArchiveEntry>> app = image.layers().subList(image.layers().size() - 3, image.layers().size());
        assertTrue(app.get(0).keySet().stream().filter(n -> n.endsWith(".jar")).allMatch(n -> n.startsWith("deployments/lib/")
                && !n.contains("pa.gob.refugio.")), "first: third-party libraries");
        assertTrue(app.get(1).keySet().stream().filter(n -> n.endsWith(".jar")).allMatch(n -> n.contains("pa.gob.refugio.")), "then Refugio's modules");
        assertTrue(app.get(2).containsKey("deployments/quarkus-run.jar"), "last: the application");
    }

    @Test
    void buildingTheSameInputsAgainGivesTheSameDigest() throws Exception {
        Path again = Files.createTempDirectory(IMAGES.getParent(), "again");
        String base = BASE.equals("local") ? "tar://" + IMAGES.resolve("base/refugio-jre17-local-base.tar") : BASE;
        String name = REGISTRY + "/registration-service:" + VERSION;
        ServiceImages.build(ROOT.resolve("registration-service/target/quarkus-app"), "registration-service", VERSION, base,
                name, again.resolve("registration-service.tar"), again.resolve("cache"));
        assertEquals(open(IMAGES.resolve("registration-service.tar")).manifestDigest(),
                open(again.resolve("registration-service.tar")).manifestDigest());
    }

    @Test
    void theLocalBaseFromTheSameJdkHasTheSameLayers() throws Exception {
        Assumptions.assumeTrue(BASE.equals("local"), "the base is not built here");
        Path again = Files.createTempDirectory(IMAGES.getParent(), "base-again");
        LocalBaseImage.build(again.resolve("base.tar"), again.resolve("work"));
        assertEquals(dockerLayers(IMAGES.resolve("base/refugio-jre17-local-base.tar")), dockerLayers(again.resolve("base.tar")));
    }

    /** The layer digests of a docker-save tar, from its config's rootfs.diff_ids. */
    static List<String> dockerLayers(Path tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isFile() && e.getName().endsWith(".json")) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText()));
        List<String> diffIds = new ArrayList<>();
        config.get("rootfs").get("diff_ids").forEach(n -> diffIds.add(n.asText()));
        return diffIds;
    }

    @Test
    void theImagesAreTheOnesTheManifestsReference() throws IOException {
        Path services = ROOT.resolve("deploy/kubernetes/base/services");
        Map<String, List<String>> references = new HashMap<>();
        Pattern image = Pattern.compile("image:\\s*\"?([^\"\\s]+)");
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.walk(services)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
                    Matcher m = image.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String ref = m.group(1);
                        String repository = ref.replaceFirst("[:@].*$", "");
                        references.computeIfAbsent(repository.substring(repository.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(ref);
                    }
                }
            }
        }
        for (String service : List.of("registration-service", "interview-service", "decision-service", "documents-service", "appeals-service")) {
            List<String> refs = references.getOrDefault(service, List.of());
            assertFalse(refs.isEmpty(), "deploy/kubernetes/base/services references no image of " + service);
            for (String ref : refs) {
                assertEquals("refugio/" + service + ":" + VERSION, ref, "the base references what jib builds by default");
            }
        }
    }
}
