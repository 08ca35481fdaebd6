/**
 * What every service shows at {@code /q/metrics} (Prometheus text, Micrometer) beyond Quarkus' HTTP, JVM and Agroal
 * binders: the outbox backlog ({@link OutboxGauges}), events published and consumed ({@link EventCounters}), the lag
 * of the service's own Kafka consumer groups ({@link ConsumerLag}), and the gauges a service adds for its own
 * business ({@link RefreshedGauges}, {@link LabelledGauge}). Gauges are refreshed on a schedule by
 * {@link GaugeRefresher}, never computed per scrape. Names and meanings: docs/operations.md, "Metrics and alerts".
 */
package pa.gob.refugio.kit.metrics;
