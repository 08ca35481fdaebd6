package pa.gob.refugio.appeals.challenge;

import java.time.LocalDate;
import java.util.UUID;

/** A reconsideration or an appeal as ONPAR files it. */
public record FilingRequest(UUID decisionId, LocalDate filedOn, String grounds) {
}
