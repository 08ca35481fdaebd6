package pa.gob.refugio.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.ApplicationRegistered.Member;

/** Issue 8 added {@code specificNeeds} to a registered member: older records still read, as "no needs". */
class ARegistrationWithoutTheSpecificNeedsFlagReadsAsNoNeedsTest {

    @Test
    void theFlagTravelsAndAnOlderRecordWithoutItReadsAsFalse() {
        UUID caseId = UUID.randomUUID();
        ApplicationRegistered event = new ApplicationRegistered(EventMetadata.create(ApplicationRegistered.class,
                caseId, Trace.start(), Instant.parse("2026-11-23T15:00:00Z")), "ONPAR-2026-000001", "ONPAR Balboa",
                LocalDate.of(2026, 11, 23), false, List.of(
                new Member(UUID.randomUUID(), FamilyRole.PRINCIPAL, true, false, true),
                new Member(UUID.randomUUID(), FamilyRole.CHILD, false, false)));
        String json = EventJson.write(event);
        assertEquals(event, EventJson.read(json, ApplicationRegistered.class));
        assertTrue(EventJson.read(json, ApplicationRegistered.class).members().get(0).specificNeeds());

        String older = json.replace(",\"specificNeeds\":true", "").replace(",\"specificNeeds\":false", "");
        assertFalse(older.contains("specificNeeds"));
        ApplicationRegistered read = EventJson.read(older, ApplicationRegistered.class);
        assertFalse(read.members().get(0).specificNeeds());
        assertEquals(event.members().get(0).memberId(), read.members().get(0).memberId());
    }
}
