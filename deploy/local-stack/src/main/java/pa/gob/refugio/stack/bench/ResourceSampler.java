package pa.gob.refugio.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CPU time and resident memory of each service's process, read from {@code /proc/<pid>/stat} and
 * {@code /proc/<pid>/status} once a second (Linux). A service restarted during the run (a fault) is a new process:
 * the CPU time of each of its processes counts.
 */
final class ResourceSampler implements AutoCloseable {

    /** USER_HZ: the unit of utime and stime in /proc/<pid>/stat (100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** One service's figures over the measured period. */
    record Usage(String service, double cpuSeconds, long idleRssKb, long peakRssKb) {
    }

    private static final class Tracked {
        final Map<Long, long[]> cpuTicksByPid = new HashMap<>(); // pid → {first, last}
        long idleRssKb = -1;
        long peakRssKb;
    }

    private final List<String> services;
    private final Function<String, Optional<ProcessHandle>> processes;
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    ResourceSampler(List<String> services, Function<String, Optional<ProcessHandle>> processes) {
        this.services = services;
        this.processes = processes;
        services.forEach(s -> tracked.put(s, new Tracked()));
        thread = new Thread(this::loop, "bench-resources");
        thread.setDaemon(true);
    }

    /** Reads the idle figures now and starts sampling. */
    void start() {
        sample(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            sample(false);
        }
    }

    private synchronized void sample(boolean idle) {
        for (String service : services) {
            Optional<ProcessHandle> p = processes.apply(service);
            if (p.isEmpty()) {
                continue;
            }
            long pid = p.get().pid();
            Tracked t = tracked.get(service);
            long ticks = cpuTicks(pid);
            long rss = rssKb(pid);
            if (ticks >= 0) {
                t.cpuTicksByPid.computeIfAbsent(pid, k -> new long[] {ticks, ticks})[1] = ticks;
            }
            if (rss > 0) {
                if (idle && t.idleRssKb < 0) {
                    t.idleRssKb = rss;
                }
                t.peakRssKb = Math.max(t.peakRssKb, rss);
            }
        }
    }

    /** From now on: CPU time counts from here (after the warm-up); memory peaks keep counting. */
    synchronized void mark() {
        sample(false);
        tracked.values().forEach(t -> t.cpuTicksByPid.replaceAll((pid, v) -> new long[] {v[1], v[1]}));
    }

    /** Samples once more and stops; returns each service's CPU seconds since {@link #start()} and its memory. */
    synchronized List<Usage> stop() {
        running = false;
        thread.interrupt();
        sample(false);
        return tracked.entrySet().stream().map(e -> new Usage(e.getKey(),
                e.getValue().cpuTicksByPid.values().stream().mapToLong(v -> v[1] - v[0]).sum() / TICKS_PER_SECOND,
                e.getValue().idleRssKb, e.getValue().peakRssKb)).toList();
    }

    /** utime + stime of the process (fields 14 and 15 of /proc/<pid>/stat), or -1. */
    static long cpuTicks(long pid) {
        try {
            return cpuTicksOfStatLine(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Parses a /proc/<pid>/stat line; the command name (field 2) may hold spaces, hence after the last ')'. */
    static long cpuTicksOfStatLine(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): utime is field 14 → f[11], stime field 15 → f[12]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** VmRSS of the process in kB, or -1. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
