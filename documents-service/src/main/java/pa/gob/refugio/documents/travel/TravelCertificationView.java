package pa.gob.refugio.documents.travel;

import java.time.LocalDate;
import java.util.UUID;

public record TravelCertificationView(UUID certificationId, String documentNumber, LocalDate certifiedOn,
                                      String reference, LocalDate documentValidUntil) {
}
