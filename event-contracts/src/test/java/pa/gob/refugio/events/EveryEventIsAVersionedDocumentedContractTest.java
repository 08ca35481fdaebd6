package pa.gob.refugio.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EveryEventIsAVersionedDocumentedContractTest {

    @Test
    void everyEventNamesItselfInThePastTenseOnItsOwnersTopic() {
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            EventType type = EventCatalog.typeOf(event);
            String expectedClassName = type.version() == 1 ? type.name() : type.name() + "V" + type.version();
            assertEquals(expectedClassName, event.getSimpleName(),
                    "the class is named after the event, with V<version> from version 2 on");
            assertTrue(Topics.ALL.contains(type.topic()), event + " publishes on a known topic");
            String owner = type.topic().substring(0, type.topic().indexOf('.'));
            assertTrue(event.getPackageName().endsWith("." + owner), event + " lives in its owner's package");
            assertTrue(event.isRecord(), event + " is an immutable record");
            assertEquals("metadata", event.getRecordComponents()[0].getName(), event + " starts with its metadata");
            assertEquals(event, EventCatalog.forCloudEventType(EventCatalog.cloudEventType(event)).orElseThrow());
        }
    }

    @Test
    void docsEventsMdDescribesEveryEvent() throws IOException {
        Path doc = Path.of("..", "docs", "events.md");
        String text = Files.readString(doc);
        List<String> missing = new ArrayList<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            if (!text.contains("### " + event.getSimpleName())) {
                missing.add(event.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, "events without a '### Name' section in docs/events.md");
    }

    @Test
    void anUnreadableRecordIsRecognisedAsSuch() {
        assertThrows(UnreadableEventException.class,
                () -> EventJson.read("{not json", pa.gob.refugio.events.interview.CaseReadyForDecision.class));
        assertThrows(UnreadableEventException.class,
                () -> EventJson.read("{}", pa.gob.refugio.events.interview.CaseReadyForDecision.class));
    }

    @Test
    void anEventSurvivesTheWire() {
        var event = new pa.gob.refugio.events.decision.ApplicationAdmitted(
                EventMetadata.create(pa.gob.refugio.events.decision.ApplicationAdmitted.class, UUID.randomUUID(),
                        Trace.start(), java.time.Instant.parse("2026-11-23T15:00:00Z")),
                UUID.randomUUID(), List.of(UUID.randomUUID(), UUID.randomUUID()), java.time.LocalDate.of(2026, 11, 23));
        assertEquals(event, EventJson.read(EventJson.write(event), event.getClass()));
    }
}
