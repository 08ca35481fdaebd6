package pa.gob.refugio.interview.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import pa.gob.refugio.kit.metrics.GroupCounts;
import pa.gob.refugio.kit.metrics.LabelledGauge;
import pa.gob.refugio.kit.metrics.RefreshedGauges;

/** {@code refugio_waiting_list_cases{site}}: cases on each site's waiting list (not booked yet, not ended). */
@ApplicationScoped
public class WaitingListGauges implements RefreshedGauges {

    private final DataSource dataSource;
    private final LabelledGauge waiting;

    public WaitingListGauges(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.waiting = LabelledGauge.of(registry, "refugio.waiting.list.cases", "site",
                "Cases on the waiting list per site", List.of());
    }

    @Override
    public void refresh() {
        waiting.set(GroupCounts.of(dataSource, "select site, count(*) from waiting_case "
                + "where booked_at is null and left_at is null group by site"));
    }
}
