package pa.gob.refugio.kit.calendar;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.appeals.ClosureDecreed;
import pa.gob.refugio.events.appeals.ClosureRevoked;
import pa.gob.refugio.events.appeals.SiteHoursSet;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.kit.inbox.EventHandlers;
import pa.gob.refugio.kit.inbox.IncomingEvents;

/**
 * Keeps this service's calendar replica: the calendar events of appeals.events and the intake site of each case
 * from registration.events, each through the inbox (a redelivery is skipped). Channels {@code calendar-events} and
 * {@code calendar-cases} are configured in the kit's microprofile-config.properties, in their own consumer group
 * ({@code <service>-calendar}) so they do not share partitions with the service's own consumers of those topics.
 */
@ApplicationScoped
public class CalendarReplicaConsumer {

    public static final String CONSUMER = "calendar-replica";

    private final IncomingEvents incoming;
    private final EventHandlers calendar;
    private final EventHandlers cases;

    public CalendarReplicaConsumer(IncomingEvents incoming, CalendarReplica replica) {
        this.incoming = incoming;
        this.calendar = EventHandlers.builder()
                .on(ClosureDecreed.class, replica::apply)
                .on(ClosureRevoked.class, replica::apply)
                .on(SiteHoursSet.class, replica::apply).build();
        this.cases = EventHandlers.builder()
                .on(ApplicationRegistered.class, e -> replica.caseRegisteredAt(e.caseId(), e.intakeSite())).build();
    }

    @Incoming("calendar-events")
    @Blocking
    public void calendar(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, calendar);
    }

    @Incoming("calendar-cases")
    @Blocking
    public void cases(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, cases);
    }
}
