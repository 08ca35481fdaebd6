package pa.gob.refugio.documents.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import javax.sql.DataSource;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.kit.metrics.GroupCounts;
import pa.gob.refugio.kit.metrics.LabelledGauge;
import pa.gob.refugio.kit.metrics.RefreshedGauges;

/**
 * {@code refugio_documents_expiring_30d{type}}: active documents (valid or with a renewal pending) whose validity ends
 * today or within the next 30 days (Panama's date), per kind (PROVISIONAL_ID, REFUGEE_DOCUMENT).
 */
@ApplicationScoped
public class ExpiringDocumentGauges implements RefreshedGauges {

    private final DataSource dataSource;
    private final Clock clock;
    private final LabelledGauge expiring;

    public ExpiringDocumentGauges(DataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.expiring = LabelledGauge.of(registry, "refugio.documents.expiring.30d", "type",
                "Active documents expiring within 30 days, per kind",
                Arrays.stream(DocumentKind.values()).map(Enum::name).toList());
    }

    @Override
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        expiring.set(GroupCounts.of(dataSource, "select kind, count(*) from document "
                        + "where status in ('VALID', 'RENEWAL_PENDING') and valid_until between ? and ? group by kind",
                Date.valueOf(today), Date.valueOf(today.plusDays(30))));
    }
}
