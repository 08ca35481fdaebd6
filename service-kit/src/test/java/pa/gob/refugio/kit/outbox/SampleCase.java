package pa.gob.refugio.kit.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "sample_case")
public class SampleCase {
    @Id
    UUID id;
    String note;

    protected SampleCase() {
    }

    SampleCase(UUID id, String note) {
        this.id = id;
        this.note = note;
    }
}
