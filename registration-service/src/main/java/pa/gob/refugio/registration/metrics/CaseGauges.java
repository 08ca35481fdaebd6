package pa.gob.refugio.registration.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import javax.sql.DataSource;
import pa.gob.refugio.kit.metrics.GroupCounts;
import pa.gob.refugio.kit.metrics.LabelledGauge;
import pa.gob.refugio.kit.metrics.RefreshedGauges;
import pa.gob.refugio.registration.application.CaseStatus;

/** {@code refugio_cases{status}}: registered cases per status (REGISTERED, WITHDRAWN, ABANDONED, CLOSED). */
@ApplicationScoped
public class CaseGauges implements RefreshedGauges {

    private final DataSource dataSource;
    private final LabelledGauge cases;

    public CaseGauges(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.cases = LabelledGauge.of(registry, "refugio.cases", "status", "Cases per status",
                Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
    }

    @Override
    public void refresh() {
        cases.set(GroupCounts.of(dataSource, "select status, count(*) from application group by status"));
    }
}
