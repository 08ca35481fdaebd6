package pa.gob.refugio.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import pa.gob.refugio.kit.problem.UnsafeTextException;

/**
 * Refuses text no person's data contains, once for every service: a NUL or any other C0 control character except
 * tab, line feed and carriage return, or an unpaired UTF-16 surrogate ({@code "\ud800"}). Such text used to reach
 * PostgreSQL and fail there with a 500; now every JSON string field of every request body is checked as it is read
 * (400 naming the field, e.g. {@code members[0].givenNames}), and {@link ApiFilters} checks path and query
 * parameters the same way.
 */
@Singleton
public class SafeText implements ObjectMapperCustomizer {

    /** The first unsafe character of {@code text} as its index, or -1 when the text is safe. */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("refugio-safe-text").addDeserializer(String.class, new Deserializer()));
    }

    /** Jackson's own string deserializer, then the check. */
    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                int unsafe = firstUnsafe(value);
                if (unsafe >= 0) {
                    char c = value.charAt(unsafe);
                    throw new UnsafeTextException(p, c, Character.isSurrogate(c));
                }
            }
            return value;
        }
    }
}
