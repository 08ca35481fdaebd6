package pa.gob.refugio.kit.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import pa.gob.refugio.events.DomainEvent;

/** Which events a consumer reacts to, and how. Events of other types on the same topic are skipped. */
public final class EventHandlers {

    private final Map<Class<? extends DomainEvent>, Consumer<DomainEvent>> handlers;

    private EventHandlers(Map<Class<? extends DomainEvent>, Consumer<DomainEvent>> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Consumer<DomainEvent>> handlerFor(Class<? extends DomainEvent> type) {
        return Optional.ofNullable(handlers.get(type));
    }

    public static final class Builder {
        private final Map<Class<? extends DomainEvent>, Consumer<DomainEvent>> handlers = new LinkedHashMap<>();

        public <E extends DomainEvent> Builder on(Class<E> type, Consumer<E> handler) {
            handlers.put(type, event -> handler.accept(type.cast(event)));
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers);
        }
    }
}
