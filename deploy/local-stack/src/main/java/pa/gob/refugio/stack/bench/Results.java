package pa.gob.refugio.stack.bench;

import java.util.List;
import java.util.Map;

/** Everything a run measured, as the report shows it (and its JSON holds). */
record Results(
        Run run,
        Throughput throughput,
        RegistrationAlone registrationAlone,
        List<Hop> hops,
        Samples.Summary delivery,
        List<Segment> segments,
        List<ServiceCost> services,
        Comparison plainSql,
        Checks.Outcome checks,
        Map<String, Long> eventsByName) {

    /** Where and how it ran. */
    record Run(String startedAt, String commit, int cores, double memoryGb, String kernel, String java, String mode,
               int families, int clients, long seed, int sites, double rejectedShare, List<String> faults,
               String faultLog) {
    }

    /**
     * Families per second end to end (first registration answered → last family's final event committed) and
     * registrations (201) per second while registering.
     */
    record Throughput(int families, int finished, double seconds, double familiesPerSecond, int registrations,
                      double registrationSeconds, double registrationsPerSecond, Samples.Summary registrationCall,
                      long httpCalls, long retries) {
    }

    /** Registrations alone (no other step driven meanwhile), C callers: the API's registration rate. */
    record RegistrationAlone(int registrations, double seconds, double perSecond, Samples.Summary call) {
    }

    /** The registration rate the targets and the plain-SQL ratio use: alone if measured, else during the run. */
    double registrationRate() {
        return registrationAlone != null ? registrationAlone.perSecond() : throughput.registrationsPerSecond();
    }

    record Hop(String name, String meaning, boolean eventDriven, Samples.Summary latency) {
    }

    /** One segment of families (by the order they finished): its families per second, and its registrations'. */
    record Segment(int from, int to, double familiesPerSecond, double registrationsPerSecond) {
    }

    /** CPU seconds per family and memory of a service; its database's growth per 1,000 cases. */
    record ServiceCost(String service, double cpuSeconds, double cpuMsPerFamily, double idleRssMb, double peakRssMb,
                       double dbMbBefore, double dbMbAfter, double dbMbPer1000Cases) {
    }

    /** The plain-SQL comparison: the same registration rows as JDBC batch transactions. */
    record Comparison(int registrations, double seconds, double perSecond, Map<String, Integer> rowsPerRegistration,
                      double apiShare) {
    }

    /** One of issue 10's targets. */
    record Target(String name, String target, String measured, boolean met) {
    }

    List<Target> targets() {
        double worstHopP99 = hops.stream().filter(Hop::eventDriven).filter(h -> h.latency().count() > 0)
                .mapToDouble(h -> h.latency().p99Ms()).max().orElse(0);
        double worstIdle = services.stream().mapToDouble(ServiceCost::idleRssMb).max().orElse(0);
        return List.of(
                new Target(registrationAlone != null ? "registration (alone)" : "registration (during the procedure)",
                        "≥ 200 families/s", fmt(registrationRate()) + "/s", registrationRate() >= 200),
                new Target("whole procedure", "≥ 30 families/s", fmt(throughput.familiesPerSecond()) + "/s",
                        throughput.familiesPerSecond() >= 30),
                new Target("one hop p99 (worst event-driven hop, at the load run)", "≤ 100 ms",
                        fmt(worstHopP99) + " ms", worstHopP99 <= 100),
                new Target("idle RSS per service (largest)", "≤ 200 MB", fmt(worstIdle) + " MB",
                        worstIdle > 0 && worstIdle <= 200));
    }

    static String fmt(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "–";
        }
        return d >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", d)
                : d >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", d)
                : String.format(java.util.Locale.ROOT, "%.2f", d);
    }
}
