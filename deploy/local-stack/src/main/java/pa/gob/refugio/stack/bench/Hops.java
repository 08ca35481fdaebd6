package pa.gob.refugio.stack.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pa.gob.refugio.stack.bench.EventMonitor.Seen;

/**
 * Latency of one event hop: from the upstream event's commit ({@code ce_time} set by its producer) to the downstream
 * event's commit by the service that reacted to it — the time an event takes to cause the next one, Kafka and the
 * consumer's transaction included. For each downstream event the latest upstream event of the case before it counts.
 */
final class Hops {

    /** The hops measured, upstream → downstream. */
    static final List<Hop> ALL = List.of(
            new Hop("ApplicationRegistered", "InterviewScheduled", "registration → interview-service books"),
            new Hop("CaseReadyForDecision", "ApplicationAdmitted", "case ready → admitted (driver's HTTP call inside)"),
            new Hop("ApplicationAdmitted", "ProvisionalIdIssued", "admitted → documents-service issues"),
            new Hop("StatusRecognized", "RefugeeDocumentIssued", "recognised → documents-service issues"),
            new Hop("StatusRecognized", "DocumentSuperseded", "recognised → provisional ID superseded"),
            new Hop("StatusRecognized", "AsylumSeekerCertificateRevoked",
                    "recognised → registration-service closes the case"),
            new Hop("ResolutionNotified", "ReconsiderationWindowOpened", "rejection notified → appeals-service opens"),
            new Hop("AppealDenied", "RejectionBecameFinal", "appeal denied → decision-service makes it final"),
            new Hop("RejectionBecameFinal", "DocumentRevoked", "final rejection → documents-service revokes"));

    record Hop(String upstream, String downstream, String meaning) {

        String name() {
            return upstream + " → " + downstream;
        }

        /** Whether the hop is an event reaction only (no HTTP call of the driver between the two events). */
        boolean eventDriven() {
            return !downstream.equals("ApplicationAdmitted");
        }
    }

    /** Every hop's latencies over the cases given. */
    static Map<Hop, Samples> measure(Collection<List<Seen>> cases) {
        Map<Hop, Samples> result = new LinkedHashMap<>();
        ALL.forEach(h -> result.put(h, new Samples()));
        for (List<Seen> events : cases) {
            for (Seen down : events) {
                for (Hop hop : ALL) {
                    if (!hop.downstream().equals(down.name())) {
                        continue;
                    }
                    Seen latest = null;
                    for (Seen up : events) {
                        if (up.name().equals(hop.upstream()) && !up.occurredAt().isAfter(down.occurredAt())
                                && (latest == null || up.occurredAt().isAfter(latest.occurredAt()))) {
                            latest = up;
                        }
                    }
                    if (latest != null) {
                        result.get(hop).add(Duration.between(latest.occurredAt(), down.occurredAt()).toNanos() / 1000);
                    }
                }
            }
        }
        return result;
    }

    /** From each event's commit to its arrival at the monitor (the relay and Kafka). */
    static Samples delivery(Collection<List<Seen>> cases) {
        Samples s = new Samples();
        for (List<Seen> events : cases) {
            for (Seen e : events) {
                s.add(Math.max(0, Duration.between(e.occurredAt(), e.arrivedAt()).toNanos() / 1000));
            }
        }
        return s;
    }

    private Hops() {
    }
}
