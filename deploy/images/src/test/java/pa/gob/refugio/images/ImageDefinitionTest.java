package pa.gob.refugio.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image definition, without building an image (runs in the default build; ServiceImagesIT opens real tars). */
class ImageDefinitionTest {

    @Test
    void theEntrypointRunsTheFastJarWithTheProductionJvmFlags() throws Exception {
        List<String> expected = new java.util.ArrayList<>();
        expected.add("/opt/java/openjdk/bin/java");
        expected.addAll(ServiceImagesIT.productionFlags());
        expected.add("-jar");
        expected.add("/deployments/quarkus-run.jar");
        assertEquals(expected, ServiceImages.ENTRYPOINT);
    }

    @Test
    void lddOutputGivesTheSystemLibrariesButNotTheRuntimesOwn() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> libraries = LocalBaseImage.sharedLibraries(java, Path.of(System.getProperty("java.home")));
        // glibc and the dynamic loader, never the JDK's own libjli.so (jlink puts it in the runtime)
        assertEquals(true, libraries.stream().anyMatch(l -> l.endsWith("/libc.so.6")), libraries.toString());
        assertEquals(true, libraries.stream().anyMatch(l -> l.contains("ld-linux")), libraries.toString());
        assertEquals(false, libraries.stream().anyMatch(l -> l.contains("libjli")), libraries.toString());
    }
}
