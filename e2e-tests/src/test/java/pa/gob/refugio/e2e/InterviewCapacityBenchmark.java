package pa.gob.refugio.e2e;

import static pa.gob.refugio.e2e.RunningStack.as;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.security.Roles;

/**
 * Benchmark, not a CI test (its name does not end in IT, so failsafe never runs it unless asked): registers
 * {@code bench.families} families (default 20,000) at one new intake site over HTTP against the five packaged
 * services, then prints the dead letters of interview-service (must be 0), the waiting list, and how many waiting
 * cases adding capacity booked. One line (docs/operations.md):
 * <pre>
 * ./mvnw -B -q -pl e2e-tests -am verify -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=InterviewCapacityBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.families=20000
 * </pre>
 * The figures are printed to the failsafe report (target/failsafe-reports/*-output.txt) and to stdout.
 */
class InterviewCapacityBenchmark {

    private static final int FAMILIES = Integer.getInteger("bench.families", 20_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 6);

    @Test
    void registersManyFamiliesAtOneSiteWithoutDroppingAny() throws Exception {
        String code = "BENCH_" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        String site = "Sede " + code;
        check(as(Roles.OPERATIONS, Procedure.REGISTRATION).body("""
                [{"code": "%s", "name": "%s", "opens": "07:00", "closes": "16:00", "slotMinutes": 60,
                  "dailyCapacity": 8, "active": true}]""".formatted(code, site)).put("/api/v1/intake-sites"), 200);
        check(as(Roles.OPERATIONS, Procedure.INTERVIEW).body("""
                {"name": "%s", "interviews": {"MONDAY": 8, "TUESDAY": 8, "WEDNESDAY": 8, "THURSDAY": 8,
                 "FRIDAY": 8}, "childrenSlots": 1}""".formatted(site)).put("/api/v1/sites/" + code + "/capacity"), 200);
        long deadLettersBefore = deadLetters();

        AtomicInteger registered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < FAMILIES; i++) {
            int n = i;
            clients.submit(() -> {
                Response r = as(Roles.ONPAR_REGISTRATION, Procedure.REGISTRATION).body(family(site, n))
                        .post("/api/v1/applications");
                if (r.statusCode() == 201) {
                    int done = registered.incrementAndGet();
                    if (done % 1000 == 0) {
                        System.out.printf("bench: %d families registered (%.0f s)%n", done, seconds(started));
                    }
                } else if (refused.incrementAndGet() <= 5) {
                    System.out.println("bench: registration refused " + r.statusCode() + " " + r.asString());
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(6, TimeUnit.HOURS);
        double registering = seconds(started);

        long waiting;
        long booked;
        long lastChange = System.nanoTime();
        long seen = -1;
        while (true) {
            Response list = waitingList(code);
            waiting = list.jsonPath().getLong("waiting");
            booked = list.jsonPath().getLong("bookedFromList");
            if (waiting + booked >= registered.get()) {
                break;
            }
            if (waiting + booked != seen) {
                seen = waiting + booked;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > Duration.ofMinutes(3).toNanos()) {
                System.out.println("bench: interview-service stopped progressing at " + seen + " cases");
                break;
            }
            Thread.sleep(1000);
        }
        double processing = seconds(started);
        long deadLetters = deadLetters() - deadLettersBefore;

        Response added = as(Roles.OPERATIONS, Procedure.INTERVIEW).body("""
                {"interviews": {"MONDAY": 9, "TUESDAY": 9, "WEDNESDAY": 9, "THURSDAY": 9, "FRIDAY": 9},
                 "childrenSlots": 1}""").put("/api/v1/sites/" + code + "/capacity");
        check(added, 200);

        String figures = """
                ==== interview capacity benchmark: %d families at one site (%s), %d clients ====
                registered: %d (refused: %d) in %.0f s (%.1f/s); interview-service done after %.0f s
                dead letters on interview-service.dlq: %d
                booked at once (8 interviews a day, 1 held for children, 90-day horizon): %d cases
                waiting list: %d cases (first: %s)
                capacity raised to 9 a day: %d waiting cases booked at once, %d still waiting
                """.formatted(FAMILIES, site, CLIENTS, registered.get(), refused.get(), registering,
                registered.get() / registering, processing, deadLetters, booked, waiting,
                waitingList(code).jsonPath().getString("items[0].priority"),
                added.jsonPath().getInt("bookedFromWaitingList"), added.jsonPath().getLong("stillWaiting"));
        System.out.println(figures);
        if (deadLetters != 0) {
            throw new AssertionError("dead letters: " + deadLetters + "\n" + figures);
        }
    }

    /** Families of one or two adults with up to two children; every 20th a child alone, every 10th with needs. */
    private static String family(String site, int n) {
        String surname = surname();
        String entry = LocalDate.now().minusDays(10).toString();
        if (n % 20 == 7) {
            return """
                    {"intakeSite": "%s", "entryDate": "%s", "members": [{"role": "PRINCIPAL", "givenNames": "Niña",
                     "familyNames": "%s", "sex": "F", "dateOfBirth": "%s", "nationalities": ["VEN"],
                     "childAlone": "UNACCOMPANIED"}]}""".formatted(site, entry, surname,
                    LocalDate.now().minusYears(13));
        }
        StringBuilder members = new StringBuilder("""
                {"role": "PRINCIPAL", "givenNames": "Ana", "familyNames": "%s", "sex": "F", "dateOfBirth": "1988-03-14",
                 "nationalities": ["VEN"]%s}""".formatted(surname, n % 10 == 3 ? ", \"specificNeeds\": [\"MEDICAL\"]" : ""));
        if (n % 2 == 0) {
            members.append(",").append("""
                    {"role": "SPOUSE_OR_PARTNER", "givenNames": "Luis", "familyNames": "%s", "sex": "M",
                     "dateOfBirth": "1986-07-02", "nationalities": ["VEN"]}""".formatted(surname));
        }
        for (int c = 0; c < n % 3; c++) {
            members.append(",").append("""
                    {"role": "CHILD", "givenNames": "Hijo %d", "familyNames": "%s", "sex": "M",
                     "dateOfBirth": "201%d-05-20", "nationalities": ["VEN"], "responsibleAdult": 0}"""
                    .formatted(c, surname, 2 + c));
        }
        return """
                {"intakeSite": "%s", "entryDate": "%s", "members": [%s]}""".formatted(site, entry, members);
    }

    private static String surname() {
        StringBuilder name = new StringBuilder("Bench ");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }

    private static Response waitingList(String code) {
        Response r = as(Roles.OPERATIONS, Procedure.INTERVIEW).queryParam("site", code).queryParam("size", 1)
                .get("/api/v1/waiting-list");
        check(r, 200);
        return r;
    }

    /** Every record on interview-service's dead-letter topic so far. */
    private static long deadLetters() {
        Properties p = new Properties();
        p.put("bootstrap.servers", RunningStack.get().kafkaBootstrapServers());
        p.put("group.id", "bench-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        long count = 0;
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter("interview-service")));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        return count;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void check(Response r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + r.statusCode() + " " + r.asString());
        }
    }
}
