package pa.gob.refugio.kit.metrics;

/**
 * Gauges whose values come from the database: a bean implementing this is refreshed by {@link GaugeRefresher} once
 * at start and every {@code refugio.metrics.refresh-every} (30 s by default), so that a scrape only reads the values
 * of the last refresh. A refresh that fails keeps the previous values.
 */
public interface RefreshedGauges {

    /** Runs the (cheap, COUNT ... GROUP BY) queries and sets the gauges. May throw: the refresher logs it. */
    void refresh();
}
