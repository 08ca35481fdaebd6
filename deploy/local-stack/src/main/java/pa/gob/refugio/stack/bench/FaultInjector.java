package pa.gob.refugio.stack.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import pa.gob.refugio.stack.Stack;
import pa.gob.refugio.stack.bench.BenchOptions.Fault;

/**
 * Injects the faults asked for, one after the other, once a third of the families are registered: the Kafka broker
 * stopped for a while, PostgreSQL stopped and started again, a service killed (SIGKILL) for the stack to restart.
 */
final class FaultInjector {

    private final Stack stack;
    private final List<Fault> faults;
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private Thread thread;

    FaultInjector(Stack stack, List<Fault> faults) {
        this.stack = stack;
        this.faults = faults;
    }

    void start(IntSupplier registered, int families) {
        if (faults.isEmpty()) {
            return;
        }
        thread = new Thread(() -> {
            try {
                while (registered.getAsInt() < Math.max(1, families / 3)) {
                    Thread.sleep(100);
                }
                for (Fault f : faults) {
                    inject(f);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                say("fault " + e + " failed");
            }
        }, "bench-faults");
        thread.setDaemon(true);
        thread.start();
    }

    private void inject(Fault f) throws InterruptedException {
        long t0 = System.nanoTime();
        switch (f.kind()) {
            case KAFKA_PAUSE -> {
                say("stopping Kafka for " + f.duration().toSeconds() + " s");
                stack.stopKafka();
                Thread.sleep(f.duration().toMillis());
                stack.restartKafka();
                say("Kafka started again");
            }
            case DB_RESTART -> {
                say("stopping PostgreSQL");
                stack.stopPostgres();
                Thread.sleep(f.duration().toMillis());
                stack.restartPostgres();
                say("PostgreSQL started again");
            }
            case KILL -> {
                say("killing " + f.service() + " (SIGKILL)");
                stack.killService(f.service());
                long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                Thread.sleep(500);
                while (!stack.isReady(f.service()) && System.nanoTime() < until) {
                    Thread.sleep(500);
                }
                say(f.service() + (stack.isReady(f.service()) ? " is ready again" : " did not come back within 3 min"));
            }
            default -> throw new IllegalStateException();
        }
        say(f + " done in " + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s");
    }

    private void say(String message) {
        String line = Instant.now() + " " + message;
        log.add(message);
        System.out.println("[bench] " + line);
    }

    /** Waits for the faults to be over (they must end before the run is judged). */
    void await() throws InterruptedException {
        if (thread != null) {
            thread.join(Duration.ofMinutes(10).toMillis());
            thread.interrupt();
        }
    }

    String log() {
        return String.join("; ", log);
    }
}
