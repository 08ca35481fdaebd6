package pa.gob.refugio.decision.ending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.decision.StatusEnded.Kind;
import pa.gob.refugio.kit.problem.ProblemException;

/** The grounds of cessation, cancellation and revocation are configuration, each with its legal source. */
class EveryEndOfStatusRestsOnAConfiguredGroundOfItsKindTest {

    @Test
    void theDefaultListHasGroundsOfEveryKindEachWithItsLegalSource() {
        StatusEndGrounds grounds = StatusEndGrounds.load(Optional.empty());
        for (Kind kind : Kind.values()) {
            assertTrue(grounds.all().stream().anyMatch(g -> g.kind() == kind), "a ground of " + kind);
        }
        grounds.all().forEach(g -> assertFalse(g.legalSource().isBlank(), g.code()));
        assertEquals(Kind.CESSATION, grounds.require(Kind.CESSATION, "VOLUNTARY_REAVAILMENT").kind());
    }

    @Test
    void anUnknownGroundOrAGroundOfAnotherKindBreaksTheRule() {
        StatusEndGrounds grounds = StatusEndGrounds.load(Optional.empty());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> grounds.require(Kind.CESSATION, "BECAUSE"));
        assertEquals(422, unknown.status());
        assertEquals("unknown-status-end-ground", unknown.typeSlug());
        ProblemException other = assertThrows(ProblemException.class,
                () -> grounds.require(Kind.CESSATION, "FRAUD"));
        assertEquals(422, other.status());
        assertEquals("ground-of-another-kind", other.typeSlug());
    }

    @Test
    void productionMayConfigureItsOwnList() throws Exception {
        StatusEndGrounds grounds = StatusEndGrounds.read(new StringReader(
                "CESSATION.RETURN = Decreto Ejecutivo 5 de 2018 (unsure)\nREVOCATION.CRIME = Ley 5 de 1977\n"));
        assertEquals(2, grounds.all().size());
        assertEquals("Ley 5 de 1977", grounds.require(Kind.REVOCATION, "CRIME").legalSource());
        assertThrows(IllegalArgumentException.class,
                () -> StatusEndGrounds.read(new StringReader("EXPULSION.X = y\n")));
    }
}
