package pa.gob.refugio.decision.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import pa.gob.refugio.kit.metrics.GroupCounts;
import pa.gob.refugio.kit.metrics.LabelledGauge;
import pa.gob.refugio.kit.metrics.RefreshedGauges;

/**
 * {@code refugio_decisions_pending{stage}}: what waits for a decision-maker here. ADMISSIBILITY: cases whose adults
 * were all interviewed (ONPAR decides); ELIGIBILITY: admitted cases with a member still undecided (CONARE);
 * NOTIFICATION: resolutions not notified yet (ONPAR); SECOND_OFFICER: back-dated entries awaiting confirmation.
 */
@ApplicationScoped
public class PendingDecisionGauges implements RefreshedGauges {

    private final DataSource dataSource;
    private final LabelledGauge pending;

    public PendingDecisionGauges(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.pending = LabelledGauge.of(registry, "refugio.decisions.pending", "stage",
                "Cases or resolutions waiting for a decision-maker, per stage",
                List.of("ADMISSIBILITY", "ELIGIBILITY", "NOTIFICATION", "SECOND_OFFICER"));
    }

    @Override
    public void refresh() {
        Map<String, Long> counts = new HashMap<>(GroupCounts.of(dataSource,
                "select case status when 'READY_FOR_ADMISSIBILITY' then 'ADMISSIBILITY' else 'ELIGIBILITY' end, "
                        + "count(*) from decision_case where status in ('READY_FOR_ADMISSIBILITY', 'ADMITTED') group by 1"));
        counts.putAll(GroupCounts.of(dataSource,
                "select 'NOTIFICATION', count(*) from decision where notified_on is null"));
        counts.putAll(GroupCounts.of(dataSource,
                "select 'SECOND_OFFICER', count(*) from back_dated_entry where status = 'AWAITING_CONFIRMATION'"));
        pending.set(counts);
    }
}
