package pa.gob.refugio.registration.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.registration.progress.MemberStages.Fact;
import pa.gob.refugio.registration.progress.MemberStages.StageEntry;

/**
 * The timeline consumer recomputes the read model only after the events of {@link MemberStages#STAGE_EVENTS}
 * (performance: not after certificates, documents...). That is only right if no other event can move a member: every
 * event of the catalogue is tried after every stage a member can be in, with the facts the rules look at.
 */
class OnlyEventsThatMoveAMemberRefreshWhereTheMemberStandsTest {

    private static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");
    private static final UUID MEMBER = UUID.randomUUID();

    /** Ways to bring a member to each stage the rules distinguish. */
    private static final List<List<String>> BEFORE = List.of(List.of(), List.of("CaseWaitlisted"),
            List.of("InterviewScheduled"), List.of("CaseReadyForDecision"), List.of("ApplicationAdmitted"),
            List.of("StatusRejected"), List.of("StatusRecognized"), List.of("RejectionBecameFinal"),
            List.of("ReconsiderationFiled"), List.of("AppealFiled"));

    /** The facts the rules read (resolution, window, cause, last day, reversed cause). */
    private static final List<Map<String, String>> FACTS = List.of(Map.of(),
            Map.of("resolution", "REJECTED", "lastDay", "2026-12-01"),
            Map.of("resolution", "NOT_ADMITTED"),
            Map.of("cause", "SUPERVISOR", "window", "APPEAL", "lastDay", "2026-12-01"),
            Map.of("cause", "SUPERVISOR", "window", "RECONSIDERATION", "lastDay", "2026-12-01"),
            Map.of("reversedCause", "RECONSIDERATION_RECEIVED_ON_PAPER"),
            Map.of("reversedCause", "APPEAL_RECEIVED_ON_PAPER"));

    @Test
    void everyEventThatCanMoveAMemberIsOneAfterWhichTheReadModelIsRefreshed() {
        List<String> missing = new ArrayList<>();
        for (var eventClass : EventCatalog.all()) {
            String type = EventCatalog.typeOf(eventClass).name();
            if (MemberStages.movesStages(type) || moves(type)) {
                if (!MemberStages.movesStages(type)) {
                    missing.add(type);
                }
            }
        }
        assertTrue(missing.isEmpty(), "events that move a member but do not refresh the read model: " + missing);
    }

    @Test
    void certificatesAndTheCalendarMoveNoOne() {
        assertFalse(MemberStages.movesStages("AsylumSeekerCertificateIssued"));
        assertFalse(MemberStages.movesStages("AsylumSeekerCertificateRevoked"));
        assertFalse(moves("AsylumSeekerCertificateIssued"));
        assertTrue(MemberStages.movesStages("ApplicationRegistered"), "the first stage is written on registration");
    }

    private static boolean moves(String type) {
        for (List<String> before : BEFORE) {
            for (Map<String, String> facts : FACTS) {
                List<Fact> prior = new ArrayList<>();
                for (int i = 0; i < before.size(); i++) {
                    prior.add(new Fact(before.get(i), T0.plusSeconds(3600L * (i + 1)), facts, List.of(MEMBER)));
                }
                List<Fact> with = new ArrayList<>(prior);
                with.add(new Fact(type, T0.plusSeconds(3600L * 20), facts, List.of(MEMBER)));
                if (!stages(prior).equals(stages(with))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The whole history the read model writes: stages, since when, waiting for what. */
    private static List<StageEntry> stages(List<Fact> facts) {
        return MemberStages.of(MEMBER, T0, "IN_PROCEDURE", null, facts);
    }
}
