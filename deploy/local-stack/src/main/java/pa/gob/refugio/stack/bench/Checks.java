package pa.gob.refugio.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;
import pa.gob.refugio.stack.bench.EventMonitor.Seen;

/**
 * The run's assertions: every family at its expected end, no document twice (by the events and by the documents
 * API), no dead letter (every service's open dead letters, every {@code .dlq} topic).
 */
final class Checks {

    /** What was checked and what broke (empty when all held). */
    record Outcome(int families, int atEnd, int documentsChecked, long duplicateDocuments, long deadLetters,
                   long dlqRecords, List<String> broken) {

        boolean passed() {
            return broken.isEmpty();
        }
    }

    private Checks() {
    }

    static Outcome run(List<FamilyRun> runs, EventMonitor monitor, Api api, int clients, long dlqBefore,
                       Map<String, Long> deadLettersBefore, String kafka) throws InterruptedException {
        List<String> broken = new ArrayList<>();
        for (Service s : Service.ALL) {
            Api.Answer ready = api.getAnonymous(s.name(), "/q/health/ready");
            if (ready.status() != 200) {
                broken.add(s.name() + " is not ready at the end of the run (GET /q/health/ready: "
                        + (ready.status() == 0 ? "no answer, the process is down" : String.valueOf(ready.status()))
                        + ")");
            }
        }
        int atEnd = 0;
        List<String> stuck = new ArrayList<>();
        long duplicates = 0;
        for (FamilyRun run : runs) {
            if (run.failure != null) {
                stuck.add("family " + run.family.index() + " (case " + run.caseId + "): " + run.failure);
                continue;
            }
            if (!run.finished()) {
                stuck.add("family " + run.family.index() + " (case " + run.caseId + ") expected " + run.expectedEnd()
                        + "; events: " + (run.caseId == null ? "none (not registered)"
                        : monitor.of(run.caseId).stream().map(Seen::name).toList()));
                continue;
            }
            atEnd++;
            // no document twice, by the events: one document id per member and kind
            Map<String, Set<String>> documentsByMemberAndKind = new HashMap<>();
            for (Seen e : monitor.of(run.caseId)) {
                if (e.documentId() != null && (e.name().equals("ProvisionalIdIssued")
                        || e.name().equals("RefugeeDocumentIssued"))) {
                    documentsByMemberAndKind.computeIfAbsent(e.memberId() + "/" + e.name(), k -> new HashSet<>())
                            .add(e.documentId());
                }
            }
            for (Map.Entry<String, Set<String>> d : documentsByMemberAndKind.entrySet()) {
                if (d.getValue().size() > 1) {
                    duplicates += d.getValue().size() - 1;
                    broken.add("case " + run.caseId + ": " + d.getValue().size() + " documents " + d.getKey());
                }
            }
        }
        if (!stuck.isEmpty()) {
            broken.add(stuck.size() + " of " + runs.size() + " families did not reach their expected end, e.g. "
                    + String.join("; ", stuck.subList(0, Math.min(5, stuck.size()))));
        }
        AtomicLong apiDuplicates = new AtomicLong();
        List<String> apiBroken = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<FamilyRun> done = runs.stream().filter(FamilyRun::finished).toList();
        for (FamilyRun run : done) {
            pool.execute(() -> checkDocuments(api, run, apiDuplicates, apiBroken));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        broken.addAll(apiBroken.subList(0, Math.min(10, apiBroken.size())));
        if (apiBroken.size() > 10) {
            broken.add("… and " + (apiBroken.size() - 10) + " more cases whose documents are not as expected");
        }
        long deadLetters = 0;
        for (Service s : Service.ALL) {
            long open = openDeadLetters(api, s.name());
            long grew = open - deadLettersBefore.getOrDefault(s.name(), 0L);
            deadLetters += Math.max(0, grew);
            if (grew > 0) {
                broken.add(s.name() + " has " + grew + " new open dead letters (GET /api/v1/operations/dead-letters)");
            }
        }
        long dlq = dlqRecords(kafka) - dlqBefore;
        if (dlq > 0) {
            broken.add(dlq + " new records on the .dlq topics");
        }
        return new Outcome(runs.size(), atEnd, done.size(), duplicates + apiDuplicates.get(), deadLetters,
                Math.max(0, dlq), broken);
    }

    /** The documents API: recognised, one valid refugee document and one superseded provisional ID per member. */
    private static void checkDocuments(Api api, FamilyRun run, AtomicLong duplicates, List<String> broken) {
        Api.Answer a = api.get(Roles.SNM, "documents-service", "/api/v1/cases/" + run.caseId + "/documents");
        if (!a.ok()) {
            broken.add("case " + run.caseId + ": documents API answered " + a);
            return;
        }
        Map<String, Integer> byMemberAndKind = new HashMap<>();
        for (JsonNode d : a.json()) {
            byMemberAndKind.merge(d.get("memberId").asText() + "/" + d.get("kind").asText(), 1, Integer::sum);
        }
        for (String member : run.memberIds) {
            int provisional = byMemberAndKind.getOrDefault(member + "/PROVISIONAL_ID", 0);
            int refugee = byMemberAndKind.getOrDefault(member + "/REFUGEE_DOCUMENT", 0);
            int expectedRefugee = run.family.rejected() ? 0 : 1;
            if (provisional > 1 || refugee > 1) {
                duplicates.addAndGet(Math.max(0, provisional - 1) + Math.max(0, refugee - 1));
            }
            if (provisional != 1 || refugee != expectedRefugee) {
                broken.add("case " + run.caseId + " member " + member + ": " + provisional + " provisional IDs, "
                        + refugee + " refugee documents (expected 1 and " + expectedRefugee + ")");
            }
        }
    }

    /** Open dead letters of a service ({@code total} of its operations endpoint), 0 if it cannot say. */
    static long openDeadLetters(Api api, String service) {
        Api.Answer a = api.get(Roles.OPERATIONS, service, "/api/v1/operations/dead-letters?size=1");
        return a.ok() ? a.json().path("total").asLong() : 0;
    }

    static Map<String, Long> openDeadLetters(Api api) {
        Map<String, Long> m = new HashMap<>();
        Service.ALL.forEach(s -> m.put(s.name(), openDeadLetters(api, s.name())));
        return m;
    }

    /** Records on every {@code *.dlq} topic (end offset minus start offset, summed). */
    static long dlqRecords(String bootstrapServers) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            Set<String> dlqs = new HashSet<>();
            for (String t : admin.listTopics().names().get(30, TimeUnit.SECONDS)) {
                if (t.endsWith(".dlq")) {
                    dlqs.add(t);
                }
            }
            if (dlqs.isEmpty()) {
                return 0;
            }
            Properties c = new Properties();
            c.put("bootstrap.servers", bootstrapServers);
            c.put("enable.auto.commit", "false");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                    new StringDeserializer())) {
                List<TopicPartition> parts = new ArrayList<>();
                for (String t : dlqs) {
                    consumer.partitionsFor(t, Duration.ofSeconds(30))
                            .forEach(i -> parts.add(new TopicPartition(t, i.partition())));
                }
                Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(parts, Duration.ofSeconds(30));
                return parts.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot count the .dlq topics: " + e, e);
        }
    }
}
