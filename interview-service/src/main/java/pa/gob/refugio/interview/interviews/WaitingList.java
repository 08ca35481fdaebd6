package pa.gob.refugio.interview.interviews;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.interview.CaseWaitlisted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.interview.capacity.Capacities;
import pa.gob.refugio.interview.capacity.InterviewSite;
import pa.gob.refugio.kit.outbox.Outbox;

/**
 * The waiting list of each site, and the booking of its cases in {@link WaitingOrder} (children alone first, then
 * specific needs, then registration time). Every new case joins the list and the list is booked at once, so a case
 * that fits is booked in the same transaction and one that does not simply waits: no exception, no dead letter.
 * Booking stops at the first case that does not fit (nobody overtakes a case waiting before them). The list is
 * booked again whenever capacity changes, and every {@code refugio.interviews.waiting-list-every} (slots freed by
 * cancellations, days entering the booking horizon).
 */
@ApplicationScoped
public class WaitingList {

    private static final Logger LOG = Logger.getLogger(WaitingList.class);
    private static final int PAGE = 100;

    private final WaitingCaseRepository waiting;
    private final InterviewCaseRepository cases;
    private final InterviewSlots slots;
    private final Capacities capacities;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;

    public WaitingList(WaitingCaseRepository waiting, InterviewCaseRepository cases, InterviewSlots slots,
                       Capacities capacities, Outbox outbox, Clock clock,
                       @ConfigProperty(name = "refugio.interviews.waiting-list-batch", defaultValue = "200")
                       int batchSize) {
        this.waiting = waiting;
        this.cases = cases;
        this.slots = slots;
        this.capacities = capacities;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * A new case joins its site's waiting list and the list is booked in order; returns whether the case got its
     * interviews. If it did not, {@code CaseWaitlisted} tells the other services (and the case timeline) why.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean join(InterviewCase interviewCase, Instant registeredAt, Trace trace) {
        Instant now = Instant.now(clock);
        WaitingCase entry = new WaitingCase(interviewCase.id(), interviewCase.intakeSite(), interviewCase.priority(),
                registeredAt, now);
        waiting.persist(entry);
        waiting.flush();
        book(interviewCase.intakeSite(), interviewCase.id(), trace, batchSize);
        if (entry.waiting()) {
            outbox.publish(new CaseWaitlisted(EventMetadata.create(CaseWaitlisted.class, interviewCase.id(), trace,
                    now), interviewCase.intakeSite(), CaseWaitlisted.Priority.valueOf(interviewCase.priority().name()),
                    interviewCase.interviewees().size(), CaseWaitlisted.Reason.NO_FREE_SLOT));
            return false;
        }
        return true;
    }

    /**
     * An adult added to the family of an open case (amendments, issue 13): while the case still waits, the adult is
     * booked with the family; otherwise the adult gets the first free slot at the site, or the case waits again
     * ({@code CaseWaitlisted}) until the list books it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void joinMember(InterviewCase interviewCase, UUID memberId, Trace trace) {
        Instant now = Instant.now(clock);
        WaitingCase entry = waiting.findByIdOptional(interviewCase.id()).orElse(null);
        if (entry != null && entry.waiting()) {
            return; // booked with the rest of the family
        }
        String site = interviewCase.intakeSite();
        LocalDate today = LocalDate.now(clock);
        Optional<List<LocalDateTime>> found = slots.at(site, today)
                .tryBookAll(1, slots.firstDay(site, today), interviewCase.priority());
        if (found.isPresent()) {
            Interview interview = interviewCase.schedule(memberId, InterviewKind.INDIVIDUAL, found.get().get(0),
                    null, null, false, now);
            cases.flush();
            outbox.publish(new InterviewScheduled(EventMetadata.create(InterviewScheduled.class,
                    interviewCase.id(), trace, now), interview.id(), interview.memberId(), interview.scheduledAt(),
                    interview.site()));
            return;
        }
        if (entry == null) {
            waiting.persist(new WaitingCase(interviewCase.id(), site, interviewCase.priority(), now, now));
        } else {
            entry.waitAgain(now);
        }
        outbox.publish(new CaseWaitlisted(EventMetadata.create(CaseWaitlisted.class, interviewCase.id(), trace, now),
                site, CaseWaitlisted.Priority.valueOf(interviewCase.priority().name()),
                interviewCase.toBook().size(), CaseWaitlisted.Reason.NO_FREE_SLOT));
    }

    /** The case ended while waiting: it leaves the list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leave(UUID caseId) {
        waiting.findByIdOptional(caseId).ifPresent(w -> w.leave(Instant.now(clock)));
    }

    /**
     * Books the waiting cases of a site, in order, in transactions of at most {@code refugio.interviews
     * .waiting-list-batch} cases, until one does not fit; returns how many were booked.
     */
    public int bookAllAt(String site) {
        int total = 0;
        while (true) {
            int booked = QuarkusTransaction.requiringNew().call(() -> book(site, null, null, batchSize));
            total += booked;
            if (booked < batchSize) {
                return total;
            }
        }
    }

    /** Every site with waiting cases, booked again (slots freed by cancellations, new days in the horizon). */
    @Scheduled(every = "${refugio.interviews.waiting-list-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void bookEverywhere() {
        for (String site : QuarkusTransaction.requiringNew().call(waiting::sitesWithWaitingCases)) {
            try {
                int booked = bookAllAt(site);
                if (booked > 0) {
                    LOG.infof("Booked %d waiting case(s) at %s", booked, site);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not book the waiting list of %s now: %s", site, e.toString());
            }
        }
    }

    /** One page of a site's waiting list (by code or name), in order, with positions from 1. */
    @Transactional
    public WaitingListView list(String codeOrName, int page, int size) {
        waiting.readOneSnapshot();
        String site = capacities.find(codeOrName).map(InterviewSite::name).orElse(codeOrName.strip());
        List<WaitingCase> entries = waiting.inOrder(site, page, size);
        List<WaitingListView.Item> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            WaitingCase w = entries.get(i);
            InterviewCase c = cases.findById(w.caseId());
            items.add(new WaitingListView.Item(page * size + i + 1, w.caseId(), c.caseNumber(), w.priority(),
                    w.reason(), w.since(), w.registeredAt(), c.interviewees().size()));
        }
        return new WaitingListView(site, waiting.waitingAt(site), waiting.bookedAt(site), page, size, items);
    }

    @Transactional
    public long waitingAt(String site) {
        return waiting.waitingAt(site);
    }

    /**
     * Books waiting cases at the site in order until one does not fit or {@code limit} were booked. The case that
     * triggered the booking gets {@code trace}; the others a trace of their own.
     */
    private int book(String site, UUID triggeringCase, Trace trace, int limit) {
        LocalDate today = LocalDate.now(clock);
        SlotPlanner planner = slots.at(site, today);
        LocalDate from = slots.firstDay(site, today);
        Instant now = Instant.now(clock);
        int booked = 0;
        while (booked < limit) {
            List<WaitingCase> head = waiting.inOrder(site, 0, PAGE);
            if (head.isEmpty()) {
                return booked;
            }
            for (WaitingCase w : head) {
                InterviewCase c = cases.lock(w.caseId()).orElse(null);
                if (c == null || c.status() != InterviewCase.Status.OPEN) {
                    w.leave(now);
                    continue;
                }
                List<InterviewCase.Interviewee> interviewees = c.toBook(); // all of a new case; an added adult
                Optional<List<LocalDateTime>> found = planner.tryBookAll(interviewees.size(), from, c.priority());
                if (found.isEmpty()) {
                    w.notBookable();
                    return booked;
                }
                Trace t = w.caseId().equals(triggeringCase) && trace != null ? trace : Trace.start();
                for (int i = 0; i < interviewees.size(); i++) {
                    InterviewCase.Interviewee who = interviewees.get(i);
                    Interview interview = c.schedule(who.memberId(), InterviewKind.INDIVIDUAL, found.get().get(i),
                            null, null, who.childAppropriate(), now);
                    outbox.publish(new InterviewScheduled(EventMetadata.create(InterviewScheduled.class, c.id(), t,
                            now), interview.id(), interview.memberId(), interview.scheduledAt(), interview.site()));
                }
                w.booked(now);
                booked++;
                if (booked >= limit) {
                    break;
                }
            }
            waiting.flush();
            cases.flush();
        }
        return booked;
    }
}
