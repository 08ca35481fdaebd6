package pa.gob.refugio.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml (AsyncAPI 3.0, validated in CI by the AsyncAPI CLI: .ci/lint-contracts) describes every event
 * of {@link EventCatalog} on its topic, and no event that no longer exists; and it is exactly what
 * {@link AsyncApiDocument} generates from the records, so a field added to an event shows there too. Run with
 * {@code -Drefugio.asyncapi.write=true} to write the document again after changing an event.
 */
class TheAsyncApiDocumentDescribesEveryEventTest {

    private static final Path DOC = Path.of("..", "docs", "asyncapi.yaml");
    private static final Path EVENTS_MD = Path.of("..", "docs", "events.md");

    @Test
    void everyEventIsAMessageOfItsTopicAndNoStaleOneIs() throws IOException {
        String generated = AsyncApiDocument.render(Files.readString(EVENTS_MD, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("refugio.asyncapi.write")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(DOC, StandardCharsets.UTF_8);

        Set<String> documented = componentMessages(committed);
        Set<String> expected = new LinkedHashSet<>();
        List<String> wrongTopic = new ArrayList<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            expected.add(event.getSimpleName());
            EventType type = EventCatalog.typeOf(event);
            String channel = type.topic().substring(0, type.topic().indexOf('.')) + "Events";
            if (!committed.contains("\"#/channels/" + channel + "/messages/" + event.getSimpleName() + "\"")) {
                wrongTopic.add(event.getSimpleName() + " (not sent on " + type.topic() + ")");
            }
            if (!committed.contains("\"" + EventCatalog.cloudEventType(event) + "\"")) {
                wrongTopic.add(event.getSimpleName() + " (no ce_type " + EventCatalog.cloudEventType(event) + ")");
            }
        }
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(documented);
        Set<String> stale = new LinkedHashSet<>(documented);
        stale.removeAll(expected);
        assertEquals(Set.of(), missing, "events missing from docs/asyncapi.yaml");
        assertEquals(Set.of(), stale, "messages in docs/asyncapi.yaml that are no event of EventCatalog");
        assertEquals(List.of(), wrongTopic, "events not on their topic in docs/asyncapi.yaml");
        assertEquals(generated, committed, "docs/asyncapi.yaml is not what the event records generate: run "
                + "./mvnw -B -q -pl event-contracts test -Dtest=TheAsyncApiDocumentDescribesEveryEventTest "
                + "-Drefugio.asyncapi.write=true and commit it");
    }

    /** The keys of components.messages in the committed document. */
    private static Set<String> componentMessages(String yaml) {
        int components = yaml.indexOf("\ncomponents:\n");
        int messages = yaml.indexOf("\n  messages:\n", components);
        int schemas = yaml.indexOf("\n  schemas:\n", messages);
        Set<String> names = new LinkedHashSet<>();
        if (components < 0 || messages < 0) {
            return names;
        }
        Matcher m = Pattern.compile("(?m)^    (\\w+):\\s*$")
                .matcher(yaml.substring(messages, schemas < 0 ? yaml.length() : schemas));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
