package pa.gob.refugio.appeals.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import pa.gob.refugio.kit.metrics.GroupCounts;
import pa.gob.refugio.kit.metrics.LabelledGauge;
import pa.gob.refugio.kit.metrics.RefreshedGauges;

/**
 * {@code refugio_challenge_windows_open{kind}}: reconsideration and appeal windows still open;
 * {@code refugio_challenge_windows_lapsing_today{kind}}: those of them whose last day is today (Panama's date).
 */
@ApplicationScoped
public class ChallengeWindowGauges implements RefreshedGauges {

    private static final List<String> KINDS = List.of("RECONSIDERATION", "APPEAL");

    private final DataSource dataSource;
    private final Clock clock;
    private final LabelledGauge open;
    private final LabelledGauge lapsingToday;

    public ChallengeWindowGauges(DataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.open = LabelledGauge.of(registry, "refugio.challenge.windows.open", "kind",
                "Challenge windows open, per kind", KINDS);
        this.lapsingToday = LabelledGauge.of(registry, "refugio.challenge.windows.lapsing.today", "kind",
                "Open challenge windows whose last day is today, per kind", KINDS);
    }

    @Override
    public void refresh() {
        open.set(GroupCounts.of(dataSource,
                "select kind, count(*) from challenge_window where status = 'OPEN' group by kind"));
        lapsingToday.set(GroupCounts.of(dataSource,
                "select kind, count(*) from challenge_window where status = 'OPEN' and last_day = ? group by kind",
                Date.valueOf(LocalDate.now(clock))));
    }
}
