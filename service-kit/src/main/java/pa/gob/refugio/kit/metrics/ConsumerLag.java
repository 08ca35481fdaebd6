package pa.gob.refugio.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.kafka.KafkaClientSecurity;

/**
 * {@code refugio_kafka_consumer_lag{group,topic,partition}}: for each of this service's consumer groups, the end offset
 * of each partition of its topics minus the group's committed offset (minus the earliest offset when the group has
 * committed none: it starts from the beginning). Computed with a Kafka Admin client every
 * {@code refugio.metrics.lag-every} (15 s by default), from the broker's view, so it is there and grows while a
 * consumer is stopped, paused, or its whole service is down elsewhere.
 * <p>
 * The groups are read from the configuration: every {@code mp.messaging.incoming.<channel>} with the
 * {@code smallrye-kafka} connector (also one switched off with {@code enabled=false}: a consumer stopped on purpose),
 * its {@code group.id}, else the connector's or {@code kafka.group.id}, else {@code quarkus.application.name} (what
 * Quarkus gives a channel without one). Its topics: {@code topic}, else {@code topics}, else the channel name.
 * <p>
 * The Admin client authenticates as the service's channels do ({@link KafkaClientSecurity}); the service's
 * KafkaUser needs Describe on its groups and topics (the KafkaUsers of deploy/kubernetes grant Read, which implies it).
 * <p>
 * Kafka away: the refresh times out, the last values stay, one WARN per outage; nothing is thrown into the scheduler.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final String PREFIX = "mp.messaging.incoming.";
    private static final long TIMEOUT_SECONDS = 10;

    private final MeterRegistry registry;
    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private final Map<String, Set<String>> topicsPerGroup;
    private final Map<List<String>, AtomicLong> lag = new ConcurrentHashMap<>();
    private volatile Admin admin;
    private volatile boolean failing;

    public ConsumerLag(MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
                       String bootstrapServers,
                       KafkaClientSecurity security) {
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        this.topicsPerGroup = groups(ConfigProvider.getConfig());
    }

    /** This service's consumer groups and the topics each reads, from the configuration. */
    static Map<String, Set<String>> groups(Config config) {
        Set<String> channels = new LinkedHashSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.endsWith(".connector")) {
                String channel = name.substring(PREFIX.length(), name.length() - ".connector".length());
                if (!channel.isEmpty() && "smallrye-kafka".equals(value(config, name).orElse(null))) {
                    channels.add(channel);
                }
            }
        }
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String channel : channels) {
            String p = PREFIX + channel + ".";
            String group = value(config, p + "group.id")
                    .or(() -> value(config, "mp.messaging.connector.smallrye-kafka.group.id"))
                    .or(() -> value(config, "kafka.group.id"))
                    .or(() -> value(config, "quarkus.application.name"))
                    .orElse(null);
            if (group == null) {
                continue;
            }
            if ("true".equalsIgnoreCase(value(config, p + "pattern").orElse("false"))) {
                continue; // a topic pattern: the topics are not known from the configuration
            }
            List<String> topics = value(config, p + "topic").map(List::of)
                    .or(() -> value(config, p + "topics").map(t -> List.of(t.trim().split("\\s*,\\s*"))))
                    .orElse(List.of(channel));
            groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(topics);
        }
        return groups;
    }

    private static Optional<String> value(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The groups and topics watched (for logs and tests). */
    public Map<String, Set<String>> watched() {
        return topicsPerGroup;
    }

    @Scheduled(identity = "refugio-metrics-consumer-lag", every = "${refugio.metrics.lag-every:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    /** Reads the offsets now; false when Kafka could not be asked (the last values stay). Never throws. */
    public boolean refresh() {
        if (topicsPerGroup.isEmpty()) {
            return true;
        }
        try {
            Admin client = admin();
            Set<String> topics = new LinkedHashSet<>();
            topicsPerGroup.values().forEach(topics::addAll);
            Map<String, TopicDescription> described = new HashMap<>();
            client.describeTopics(topics).topicNameValues().forEach((topic, future) -> {
                try {
                    described.put(topic, future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    // a topic not created yet: nothing to lag behind
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<TopicPartition> partitions = new ArrayList<>();
            described.values().forEach(d -> d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            if (partitions.isEmpty()) {
                return true;
            }
            Map<TopicPartition, Long> end = offsets(client, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> earliest = null;
            for (Map.Entry<String, Set<String>> g : topicsPerGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(g.getKey())
                        .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                for (TopicPartition tp : partitions) {
                    if (!g.getValue().contains(tp.topic()) || !end.containsKey(tp)) {
                        continue;
                    }
                    OffsetAndMetadata c = committed == null ? null : committed.get(tp);
                    long from;
                    if (c != null) {
                        from = c.offset();
                    } else {
                        if (earliest == null) {
                            earliest = offsets(client, partitions, OffsetSpec.earliest());
                        }
                        from = earliest.getOrDefault(tp, 0L);
                    }
                    series(g.getKey(), tp).set(Math.max(0, end.get(tp) - from));
                }
            }
            if (failing) {
                failing = false;
                LOG.info("Consumer lag is read from Kafka again");
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!failing) {
                failing = true;
                LOG.warnf("Consumer lag could not be read from Kafka (keeping the last values): %s", e.toString());
            }
            return false;
        }
    }

    /** The last lag read for one partition of one group, or -1 if none was read yet (tests). */
    public long lag(String group, String topic, int partition) {
        AtomicLong value = lag.get(List.of(group, topic, Integer.toString(partition)));
        return value == null ? -1 : value.get();
    }

    private static Map<TopicPartition, Long> offsets(Admin client, Collection<TopicPartition> partitions,
                                                     OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = client.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    private AtomicLong series(String group, TopicPartition tp) {
        return lag.computeIfAbsent(List.of(group, tp.topic(), Integer.toString(tp.partition())), key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder("refugio.kafka.consumer.lag", holder, AtomicLong::get)
                    .description("End offset minus committed offset of this service's consumer group, per partition")
                    .tag("group", group).tag("topic", tp.topic()).tag("partition", Integer.toString(tp.partition()))
                    .register(registry);
            return holder;
        });
    }

    private Admin admin() {
        Admin client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties p = new Properties();
                    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "refugio-consumer-lag");
                    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
                    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 9000);
                    p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 5000);
                    security.applyTo(p);
                    admin = Admin.create(p);
                }
                client = admin;
            }
        }
        return client;
    }

    void stop(@Observes ShutdownEvent ignored) {
        Admin client = admin;
        admin = null;
        if (client != null) {
            try {
                client.close(java.time.Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debugf("Admin client close: %s", e);
            }
        }
    }
}
