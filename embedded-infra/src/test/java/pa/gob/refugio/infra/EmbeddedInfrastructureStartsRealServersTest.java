package pa.gob.refugio.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureStartsRealServersTest {

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("pg").resolve("data");
        int port = Ports.free();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(port, dir)) {
            pg.ensureDatabase("sample");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("sample"), "postgres", "postgres")) {
                c.createStatement().execute("create table t(x int); insert into t values (42)");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(port, dir)) {
            pg.ensureDatabase("sample");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("sample"), "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("select x from t")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
    }

    @Test
    void aDurablePostgresPutsEveryCommitOnDiskBeforeAnsweringAndAFastOneDoesNot() throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(Ports.free(),
                Files.createTempDirectory("pg").resolve("data"), true)) {
            assertEquals("on", pg.setting("fsync"));
            assertEquals("on", pg.setting("synchronous_commit"));
            assertEquals("on", pg.setting("full_page_writes"));
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(Ports.free(),
                Files.createTempDirectory("pg").resolve("data"))) {
            assertEquals("off", pg.setting("fsync"));
            assertEquals("off", pg.setting("synchronous_commit"));
        }
    }

    @Test
    void kafkaDeliversARecordAndKeepsItAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("kafka");
        int port = Ports.free();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(port, dir)) {
            kafka.createTopics(List.of("sample"), 1);
            Properties p = new Properties();
            p.put("bootstrap.servers", kafka.bootstrapServers());
            p.put("acks", "all");
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("sample", "case-1", "hello")).get();
            }
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(port, dir)) {
            Properties p = new Properties();
            p.put("bootstrap.servers", kafka.bootstrapServers());
            p.put("group.id", "t");
            p.put("auto.offset.reset", "earliest");
            try (KafkaConsumer<String, String> consumer =
                         new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("sample"));
                long until = System.currentTimeMillis() + 30_000;
                while (System.currentTimeMillis() < until) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    if (!records.isEmpty()) {
                        assertEquals("hello", records.iterator().next().value());
                        return;
                    }
                }
                throw new AssertionError("no record read back");
            }
        }
    }

    @Test
    void mintedTokenHasThreeParts() throws Exception {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(Files.createTempDirectory("keys"));
        String token = key.minter().mint("ana", "conare", "CONARE", Duration.ofMinutes(5));
        assertEquals(3, token.split("\\.").length);
        assertTrue(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }
}
