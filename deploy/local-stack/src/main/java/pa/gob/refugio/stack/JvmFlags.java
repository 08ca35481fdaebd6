package pa.gob.refugio.stack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM flags the services run with: the one place they are decided (docs/operations.md, "JVM flags", gives the
 * reasons). {@link Stack.Mode#DURABLE} uses {@link #PRODUCTION}, the flags production uses; {@link Stack.Mode#FAST}
 * adds {@link #FAST_START}. {@code REFUGIO_JAVA_OPTS}, when set, replaces them entirely (to try another heap or GC).
 */
public final class JvmFlags {

    /** What production runs: the same on the local stack, in a container and on a VM. */
    public static final List<String> PRODUCTION = List.of(
            // The heap a 640 MiB container leaves a service (the rest: metaspace, code cache, threads, Netty and
            // Kafka buffers). Explicit rather than MaxRAMPercentage so that five services on one host do not each
            // size themselves to three quarters of that host.
            "-Xmx384m",
            // One GC thread, no concurrent marking threads competing with requests for the 2 cores, the smallest
            // footprint (no remembered sets); young pauses on a heap this size are a few milliseconds. It is what
            // the JVM picks by itself below 2 CPUs or 1792 MB; G1 pays off from heaps of several GB.
            "-XX:+UseSerialGC",
            // A JVM out of memory is left half-working: exit and let the supervisor (the local stack, Kubernetes)
            // start a clean one; the outbox and the idempotent inbox make the restart lose nothing.
            "-XX:+ExitOnOutOfMemoryError",
            // Java 17 takes its default charset from the locale, and a container's POSIX locale is ASCII: names
            // such as "Ana María" would be mangled in logs.
            "-Dfile.encoding=UTF-8");

    /**
     * What {@code --fast} adds: the C1 compiler only. Starts quicker and uses less CPU while warming up, but peaks
     * far lower (no C2): never for figures that are meant to be production's.
     */
    public static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1");

    /** The environment variable that replaces the flags. */
    public static final String OVERRIDE_VARIABLE = "REFUGIO_JAVA_OPTS";

    /** The flags of {@code mode}, or those of {@code override} (split at white space) when it is not blank. */
    public static List<String> of(Stack.Mode mode, String override) {
        if (override != null && !override.isBlank()) {
            return List.copyOf(Arrays.asList(override.trim().split("\\s+")));
        }
        List<String> flags = new ArrayList<>(PRODUCTION);
        if (mode == Stack.Mode.FAST) {
            flags.addAll(FAST_START);
        }
        return List.copyOf(flags);
    }

    /** The flags of {@code mode}, overridden by {@code REFUGIO_JAVA_OPTS} if it is set. */
    public static List<String> of(Stack.Mode mode) {
        return of(mode, System.getenv(OVERRIDE_VARIABLE));
    }

    private JvmFlags() {
    }
}
