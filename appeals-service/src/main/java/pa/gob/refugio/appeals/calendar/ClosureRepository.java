package pa.gob.refugio.appeals.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ClosureRepository implements PanacheRepositoryBase<CalendarClosure, UUID> {
}
