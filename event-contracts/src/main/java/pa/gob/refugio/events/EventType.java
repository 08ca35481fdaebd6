package pa.gob.refugio.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names an event and its schema version, and the topic of the service that owns it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Past-tense name, e.g. {@code ApplicationRegistered}. */
    String name();

    /** Schema version; a breaking change to the record gets a new version. */
    int version() default 1;

    /** Topic of the owning service, one of {@link Topics}. */
    String topic();
}
