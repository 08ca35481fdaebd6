package pa.gob.refugio.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTest {

    @Test
    void durableRunsTheProductionFlagsWithTheFullJit() {
        List<String> flags = JvmFlags.of(Stack.Mode.DURABLE, null);
        assertEquals(JvmFlags.PRODUCTION, flags);
        assertFalse(flags.stream().anyMatch(f -> f.startsWith("-XX:TieredStopAtLevel")));
        assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"));
    }

    @Test
    void fastAddsOnlyTheQuickStartCompiler() {
        List<String> flags = JvmFlags.of(Stack.Mode.FAST, "  ");
        assertEquals(JvmFlags.PRODUCTION, flags.subList(0, JvmFlags.PRODUCTION.size()));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), flags.subList(JvmFlags.PRODUCTION.size(), flags.size()));
    }

    @Test
    void refugioJavaOptsReplacesTheFlags() {
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), JvmFlags.of(Stack.Mode.DURABLE, " -Xmx1g  -XX:+UseG1GC "));
    }
}
