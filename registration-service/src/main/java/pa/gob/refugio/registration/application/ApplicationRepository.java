package pa.gob.refugio.registration.application;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.util.UUID;
import pa.gob.refugio.kit.sql.TransactionSql;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The next case number, e.g. {@code ONPAR-2026-000042}. */
    String nextCaseNumber(Year year) {
        long next = TransactionSql.column(getEntityManager(), Long.class, "select nextval('case_number_seq')").get(0);
        return String.format("ONPAR-%d-%06d", year.getValue(), next);
    }
}
