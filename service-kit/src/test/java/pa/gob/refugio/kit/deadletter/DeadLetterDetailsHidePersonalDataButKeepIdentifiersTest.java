package pa.gob.refugio.kit.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain JUnit: what {@link Redaction} shows of a dead letter's payload and headers. */
class DeadLetterDetailsHidePersonalDataButKeepIdentifiersTest {

    @Test
    void stringsThatAreNotIdentifiersDatesOrCodesAreRedacted() {
        JsonNode shown = Redaction.payload("""
                {"metadata": {"eventId": "2b6f0c1e-8a1d-4c8e-9d55-0d5d0f1f3b6a", "occurredAt": "2026-11-30T14:00:00Z",
                  "caseId": "7d0c3f7e-1111-4a2b-8c3d-222233334444", "type": "ApplicationRegistered"},
                 "caseNumber": "ONPAR-2026-000123", "intakeSite": "ONPAR Balboa", "entryDate": "2026-11-10",
                 "members": [{"memberId": "m-1", "role": "PRINCIPAL", "adult": true, "givenNames": "Ana María",
                              "age": 37, "nationalities": ["VEN", "Colombia"]}]}
                """);
        assertEquals("2b6f0c1e-8a1d-4c8e-9d55-0d5d0f1f3b6a", shown.at("/metadata/eventId").asText());
        assertEquals("2026-11-30T14:00:00Z", shown.at("/metadata/occurredAt").asText());
        assertEquals("ApplicationRegistered", shown.at("/metadata/type").asText(), "a key named type is kept");
        assertEquals(Redaction.REDACTED, shown.at("/caseNumber").asText());
        assertEquals(Redaction.REDACTED, shown.at("/intakeSite").asText());
        assertEquals("2026-11-10", shown.at("/entryDate").asText());
        assertEquals("m-1", shown.at("/members/0/memberId").asText(), "a key ending in Id is kept");
        assertEquals("PRINCIPAL", shown.at("/members/0/role").asText());
        assertEquals(true, shown.at("/members/0/adult").asBoolean());
        assertEquals(37, shown.at("/members/0/age").asInt());
        assertEquals(Redaction.REDACTED, shown.at("/members/0/givenNames").asText());
        assertEquals("VEN", shown.at("/members/0/nationalities/0").asText());
        assertEquals(Redaction.REDACTED, shown.at("/members/0/nationalities/1").asText());
    }

    @Test
    void aPayloadThatIsNotJsonIsNotShown() {
        assertEquals("[redacted: not JSON, 17 characters]", Redaction.payload("Ana Rojas, V-123 ").asText());
    }

    @Test
    void cloudEventHeadersStayOtherHeadersFollowTheSameRule() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_type", "pa.gob.refugio.ApplicationRegistered.v1");
        headers.put("ce_source", "registration-service");
        headers.put("x-note", "Ana Rojas called");
        headers.put("x-requestId", "whatever it says");
        Map<String, String> shown = Redaction.headers(headers);
        assertEquals("pa.gob.refugio.ApplicationRegistered.v1", shown.get("ce_type"));
        assertEquals("registration-service", shown.get("ce_source"));
        assertEquals(Redaction.REDACTED, shown.get("x-note"));
        assertEquals("whatever it says", shown.get("x-requestId"));
    }

    @Test
    void aReplayTypeMayBeNamedShortOrInFull() {
        assertEquals("pa.gob.refugio.ApplicationRegistered.v1", DeadLetterService.cloudEventType("ApplicationRegistered"));
        assertEquals("pa.gob.refugio.ApplicationRegistered.v1",
                DeadLetterService.cloudEventType("pa.gob.refugio.ApplicationRegistered.v1"));
        assertEquals("pa.gob.refugio.ApplicationWithdrawn.v2", DeadLetterService.cloudEventType("ApplicationWithdrawnV2"));
        assertEquals("pa.gob.refugio.ApplicationWithdrawn.v2", DeadLetterService.cloudEventType("ApplicationWithdrawn.v2"));
    }
}
