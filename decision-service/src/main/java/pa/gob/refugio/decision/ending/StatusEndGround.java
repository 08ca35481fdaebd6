package pa.gob.refugio.decision.ending;

import pa.gob.refugio.events.decision.StatusEnded.Kind;

/** A configured legal ground for ending a status: its code, the kind of end it justifies, and its legal source. */
public record StatusEndGround(Kind kind, String code, String legalSource) {
}
