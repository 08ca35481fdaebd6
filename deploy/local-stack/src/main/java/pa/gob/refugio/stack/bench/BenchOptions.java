package pa.gob.refugio.stack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code refugio bench} was asked to do. Parsed from the command line by {@link #parse(String...)}; an
 * {@link IllegalArgumentException} names what is wrong (the caller prints it with the usage).
 */
public record BenchOptions(int families, int clients, long seed, boolean useRunning, boolean keep,
                           List<Fault> faults, int segment, int plainSqlRegistrations, double rejectedShare,
                           Duration stallTimeout, int warmup, int registrationAlone) {

    public static final String USAGE = """
            usage: refugio bench [--families N] [--clients C] [--seed S] [--use-running] [--keep]
                                 [--fault kafka-pause=60s | --fault db-restart | --fault kill=<service>]
                                 [--segment 1000] [--plain-sql N] [--rejected 0.1] [--stall-timeout 5m]
                                 [--warmup W] [--registration-alone R]
              --families N       families driven through the whole procedure (default 100)
              --clients C        concurrent HTTP callers (default 8); the plain-SQL comparison uses as many
              --seed S           the family mix (default 1): the same seed gives the same families
              --use-running      use the stack started with ./deploy/refugio up (default: start an own durable stack)
              --keep             keep the own stack's data directory (.refugio/bench/stack-<timestamp>/)
              --fault F          kafka-pause=<duration>, db-restart or kill=<service> once a third of the families
                                 are registered (own stack only; repeatable)
              --segment K        print the rate per K families (default 1000)
              --plain-sql N      registrations written as plain JDBC transactions (default: as many as families,
                                 at most 5000; 0 skips the comparison)
              --rejected R       share of families rejected, then reconsideration, appeal (default 0.1)
              --stall-timeout D  give up when no family progresses for this long (default 5m)
              --warmup W         families driven first and not measured, so the JVMs have compiled the hot code
                                 (default: a tenth of the families, at most 200)
              --registration-alone R  after the run, R more families only registered (nothing else driven), for
                                 the API's registration rate alone (default: as many as families, at most 1000;
                                 0 skips it)""";

    /** A fault injected during the run. */
    public record Fault(Kind kind, Duration duration, String service) {

        public enum Kind { KAFKA_PAUSE, DB_RESTART, KILL }

        static Fault parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("kafka-pause")) {
                String d = t.startsWith("kafka-pause=") ? t.substring("kafka-pause=".length()) : "60s";
                return new Fault(Kind.KAFKA_PAUSE, BenchOptions.duration(d), null);
            }
            if (t.equals("db-restart")) {
                return new Fault(Kind.DB_RESTART, Duration.ofSeconds(5), null);
            }
            if (t.startsWith("kill=") && t.length() > "kill=".length()) {
                String service = t.substring("kill=".length());
                if (!service.endsWith("-service")) {
                    service = service + "-service";
                }
                return new Fault(Kind.KILL, Duration.ZERO, service);
            }
            throw new IllegalArgumentException("unknown fault '" + text
                    + "' (kafka-pause=60s, db-restart or kill=<service>)");
        }

        @Override
        public String toString() {
            return switch (kind) {
                case KAFKA_PAUSE -> "kafka-pause=" + duration.toSeconds() + "s";
                case DB_RESTART -> "db-restart";
                case KILL -> "kill=" + service;
            };
        }
    }

    public static BenchOptions parse(String... args) {
        int families = 100;
        int clients = 8;
        long seed = 1;
        boolean useRunning = false;
        boolean keep = false;
        List<Fault> faults = new ArrayList<>();
        int segment = 1000;
        Integer plainSql = null;
        double rejected = 0.1;
        Duration stall = Duration.ofMinutes(5);
        Integer warmup = null;
        Integer alone = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--use-running" -> useRunning = true;
                case "--keep" -> keep = true;
                case "--families", "--clients", "--seed", "--fault", "--segment", "--plain-sql", "--rejected",
                        "--stall-timeout", "--warmup", "--registration-alone" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--families" -> families = positive(arg, value);
                        case "--clients" -> clients = positive(arg, value);
                        case "--seed" -> seed = number(arg, value);
                        case "--fault" -> faults.add(Fault.parse(value));
                        case "--segment" -> segment = positive(arg, value);
                        case "--plain-sql" -> plainSql = (int) number(arg, value);
                        case "--rejected" -> rejected = share(arg, value);
                        case "--warmup" -> warmup = (int) number(arg, value);
                        case "--registration-alone" -> alone = (int) number(arg, value);
                        default -> stall = duration(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (useRunning && !faults.isEmpty()) {
            throw new IllegalArgumentException("faults need an own stack: leave out --use-running");
        }
        if (plainSql != null && plainSql < 0) {
            throw new IllegalArgumentException("--plain-sql must be 0 or more");
        }
        return new BenchOptions(families, clients, seed, useRunning, keep, List.copyOf(faults), segment,
                plainSql == null ? Math.min(families, 5000) : plainSql, rejected, stall,
                warmup == null ? Math.min(200, families / 10) : Math.max(0, warmup),
                alone == null ? Math.min(1000, families) : Math.max(0, alone));
    }

    /** {@code 60s}, {@code 2m}, {@code 500ms}, {@code 1h} or an ISO-8601 duration ({@code PT1M}). */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(Long.parseLong(t));
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 60s, 2m)");
        }
    }

    private static int positive(String option, String value) {
        long n = number(option, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be a positive whole number, not " + value);
        }
        return (int) n;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + value);
        }
    }

    private static double share(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (d < 0 || d > 1) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a share between 0 and 1, not " + value);
        }
    }
}
