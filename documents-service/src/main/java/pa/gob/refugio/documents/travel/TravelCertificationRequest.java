package pa.gob.refugio.documents.travel;

import jakarta.validation.constraints.Size;

/** Optional: ONPAR's own reference for the certification note sent to the passport authority. */
public record TravelCertificationRequest(@Size(max = 60) String reference) {
}
