package pa.gob.refugio.kit.crypto;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;

/**
 * Encrypts the attributes marked {@code @Convert(converter = EncryptedText.class)} (or {@link EncryptedBytes}) with
 * their place: Hibernate event listeners, registered by the kit at start, that
 * <ul>
 *   <li>before an insert or update, replace the plain value in the state Hibernate writes by its {@code v2} value
 *       bound to the entity's table, column and id ({@link Binding}); the converter passes it through;</li>
 *   <li>after the insert or update, put the plain value back in that state (it becomes Hibernate's snapshot, so
 *       the entity stays clean);</li>
 *   <li>after a load, open each {@code v2} value with the loaded row's id, in the entity and in its snapshot.</li>
 * </ul>
 * Attributes of an embedded value ({@code @Embedded}) are covered. The entity's id must be known before the insert
 * (application-assigned UUIDs: every entity with encrypted text has one); a composite id binds its column values
 * joined with {@code /}.
 */
@ApplicationScoped
public class EncryptedAttributes implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
        PostUpdateEventListener, PostLoadEventListener {

    /** One encrypted attribute of an entity: top-level ({@code inner} null) or inside an embedded value. */
    record Slot(AttributeMapping attribute, AttributeMapping inner, String table, String column, boolean binary) {
    }

    private final Instance<FieldCipher> cipher;
    private final Instance<EntityManagerFactory> emf;
    private final Map<String, List<Slot>> slots = new ConcurrentHashMap<>();
    private volatile boolean registered;

    public EncryptedAttributes(Instance<FieldCipher> cipher, Instance<EntityManagerFactory> emf) {
        this.cipher = cipher;
        this.emf = emf;
    }

    /** Registers the listeners before anything else runs at start (consumers, schedules, startup checks). */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        register();
    }

    synchronized void register() {
        if (registered || !emf.isResolvable()) {
            return;
        }
        SessionFactoryImplementor factory = emf.get().unwrap(SessionFactoryImplementor.class);
        EventListenerRegistry registry = factory.getEventListenerRegistry();
        registry.appendListeners(EventType.PRE_INSERT, (PreInsertEventListener) this);
        registry.appendListeners(EventType.PRE_UPDATE, (PreUpdateEventListener) this);
        registry.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
        registry.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
        registry.appendListeners(EventType.POST_LOAD, (PostLoadEventListener) this);
        registered = true;
    }

    /** Whether the attribute's column is converted by one of the kit's encrypting converters. */
    static boolean isEncrypted(JdbcMapping mapping) {
        return converterOf(mapping) != null;
    }

    static Class<?> converterOf(JdbcMapping mapping) {
        BasicValueConverter<?, ?> converter = mapping.getValueConverter();
        if (converter instanceof JpaAttributeConverter<?, ?> jpa) {
            Class<?> type = jpa.getConverterJavaType().getJavaTypeClass();
            if (type == EncryptedText.class || type == EncryptedBytes.class) {
                return type;
            }
        }
        return null;
    }

    List<Slot> slotsOf(EntityPersister persister) {
        return slots.computeIfAbsent(persister.getEntityName(), name -> {
            List<Slot> found = new ArrayList<>();
            persister.getAttributeMappings().forEach(attribute -> {
                if (attribute instanceof BasicValuedModelPart basic && isEncrypted(basic.getJdbcMapping())) {
                    found.add(new Slot(attribute, null, basic.getContainingTableExpression(),
                            basic.getSelectionExpression(), converterOf(basic.getJdbcMapping()) == EncryptedBytes.class));
                } else if (attribute instanceof EmbeddableValuedModelPart embedded) {
                    embedded.getEmbeddableTypeDescriptor().getAttributeMappings().forEach(inner -> {
                        if (inner instanceof BasicValuedModelPart basic && isEncrypted(basic.getJdbcMapping())) {
                            found.add(new Slot(attribute, inner, basic.getContainingTableExpression(),
                                    basic.getSelectionExpression(), converterOf(basic.getJdbcMapping()) == EncryptedBytes.class));
                        }
                    });
                }
            });
            return List.copyOf(found);
        });
    }

    /** The id a row of this entity is bound to: the id's value, or a composite id's column values joined. */
    static String rowId(EntityPersister persister, Object id, SharedSessionContractImplementor session) {
        if (id == null) {
            throw new IllegalStateException("An entity with encrypted attributes (" + persister.getEntityName()
                    + ") needs its id before it is written: assign it in the application");
        }
        if (persister.getIdentifierMapping() instanceof BasicEntityIdentifierMapping) {
            return String.valueOf(id);
        }
        List<Object> parts = new ArrayList<>();
        persister.getIdentifierMapping().forEachJdbcValue(id, (index, value, jdbcMapping) ->
                parts.add(value instanceof Enum<?> e ? e.name() : value), session);
        return Binding.rowId(parts);
    }

    // ------------------------------------------------------------------------------------------- writes

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        seal(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        seal(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        unseal(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        unseal(event.getPersister(), event.getEntity(), event.getId(), event.getState(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void seal(EntityPersister persister, Object entity, Object id, Object[] state,
                      SharedSessionContractImplementor session) {
        List<Slot> encrypted = slotsOf(persister);
        if (encrypted.isEmpty()) {
            return;
        }
        String rowId = rowId(persister, id, session);
        FieldCipher fieldCipher = cipher.get();
        for (Slot slot : encrypted) {
            int position = slot.attribute().getStateArrayPosition();
            Binding where = new Binding(slot.table(), slot.column(), rowId);
            if (slot.inner() == null) {
                state[position] = sealed(fieldCipher, state[position], where);
            } else if (state[position] != null) {
                Object component = state[position]; // may be the entity's own: unsealed again after the write
                suspended(entity, () -> slot.inner().setValue(component,
                        sealed(fieldCipher, slot.inner().getValue(component), where)));
            }
        }
    }

    private static Object sealed(FieldCipher cipher, Object value, Binding where) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? cipher.seal(bytes, where) : cipher.seal((String) value, where);
    }

    private static Object opened(FieldCipher cipher, Object value, Binding where) {
        if (value instanceof byte[] bytes) {
            return cipher.open(bytes, where); // v2, or plaintext only while allowed
        }
        if (value instanceof String text && FieldCipher.isSealed(text)) {
            return cipher.open(text, where);
        }
        return value; // null, or a legacy value the converter already read
    }

    /** After the write: the state (Hibernate's snapshot from now on) holds the plain values again. */
    private void unseal(EntityPersister persister, Object entity, Object id, Object[] state,
                        SharedSessionContractImplementor session) {
        List<Slot> encrypted = slotsOf(persister);
        if (encrypted.isEmpty() || state == null) {
            return;
        }
        String rowId = rowId(persister, id, session);
        FieldCipher fieldCipher = cipher.get();
        quietly(entity, () -> {
            for (Slot slot : encrypted) {
                int position = slot.attribute().getStateArrayPosition();
                Binding where = new Binding(slot.table(), slot.column(), rowId);
                if (slot.inner() == null) {
                    state[position] = opened(fieldCipher, state[position], where);
                } else if (state[position] != null) {
                    Object component = state[position];
                    slot.inner().setValue(component, opened(fieldCipher, slot.inner().getValue(component), where));
                    Object own = slot.attribute().getValue(entity);
                    if (own != null && own != component) {
                        slot.inner().setValue(own, opened(fieldCipher, slot.inner().getValue(own), where));
                    }
                }
            }
        });
    }

    // -------------------------------------------------------------------------------------------- reads

    @Override
    public void onPostLoad(PostLoadEvent event) {
        EntityPersister persister = event.getPersister();
        Object entity = event.getEntity();
        if (persister == null || entity == null) {
            return;
        }
        List<Slot> encrypted = slotsOf(persister);
        if (encrypted.isEmpty()) {
            return;
        }
        String rowId = rowId(persister, event.getId(), event.getSession());
        EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(entity);
        Object[] loaded = entry == null ? null : entry.getLoadedState();
        FieldCipher fieldCipher = cipher.get();
        quietly(entity, () -> {
            for (Slot slot : encrypted) {
                int position = slot.attribute().getStateArrayPosition();
                Binding where = new Binding(slot.table(), slot.column(), rowId);
                if (slot.inner() == null) {
                    Object plain = opened(fieldCipher, slot.attribute().getValue(entity), where);
                    slot.attribute().setValue(entity, plain);
                    if (loaded != null) {
                        loaded[position] = plain;
                    }
                } else {
                    Object component = slot.attribute().getValue(entity);
                    if (component != null) {
                        slot.inner().setValue(component, opened(fieldCipher, slot.inner().getValue(component), where));
                    }
                    Object snapshot = loaded == null ? null : loaded[position];
                    if (snapshot != null && snapshot != component) {
                        slot.inner().setValue(snapshot, opened(fieldCipher, slot.inner().getValue(snapshot), where));
                    }
                }
            }
        });
    }

    private static void suspended(Object entity, Runnable change) {
        if (!(entity instanceof SelfDirtinessTracker tracker)) {
            change.run();
            return;
        }
        tracker.$$_hibernate_suspendDirtyTracking(true);
        try {
            change.run();
        } finally {
            tracker.$$_hibernate_suspendDirtyTracking(false);
        }
    }

    /** Sets values on an entity without its (bytecode-enhanced) dirty tracking noticing. */
    private static void quietly(Object entity, Runnable change) {
        if (!(entity instanceof SelfDirtinessTracker tracker)) {
            change.run();
            return;
        }
        boolean clean = !tracker.$$_hibernate_hasDirtyAttributes();
        tracker.$$_hibernate_suspendDirtyTracking(true);
        try {
            change.run();
        } finally {
            tracker.$$_hibernate_suspendDirtyTracking(false);
            if (clean) {
                tracker.$$_hibernate_clearDirtyAttributes();
            }
        }
    }
}
