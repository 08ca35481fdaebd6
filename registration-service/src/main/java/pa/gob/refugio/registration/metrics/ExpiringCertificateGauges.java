package pa.gob.refugio.registration.metrics;

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
 * {@code refugio_certificates_expiring_30d{site}} (issue 13): asylum-seeker certificates in force of members still in
 * the procedure whose validity ends today or within the next 30 days (Panama's date), per intake site; the
 * counterpart of documents-service's {@code refugio_documents_expiring_30d}.
 */
@ApplicationScoped
public class ExpiringCertificateGauges implements RefreshedGauges {

    private final DataSource dataSource;
    private final Clock clock;
    private final LabelledGauge expiring;

    public ExpiringCertificateGauges(DataSource dataSource, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.expiring = LabelledGauge.of(registry, "refugio.certificates.expiring.30d", "site",
                "Asylum-seeker certificates of members in the procedure expiring within 30 days, per intake site",
                List.of());
    }

    @Override
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        expiring.set(GroupCounts.of(dataSource, "select a.intake_site, count(*) from certificate c"
                        + " join member m on m.id = c.member_id join application a on a.id = c.application_id"
                        + " where c.status = 'ISSUED' and m.procedure_status = 'IN_PROCEDURE'"
                        + " and c.valid_until between ? and ? group by a.intake_site",
                Date.valueOf(today), Date.valueOf(today.plusDays(30))));
    }

    /** The current count of one site (tests). */
    public long of(String site) {
        return expiring.get(site);
    }
}
