package pa.gob.refugio.decision.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.BackDatedEntryHeld;
import pa.gob.refugio.events.decision.BackDatedEntryHeld.Entry;
import pa.gob.refugio.events.decision.BackDatedEntryResolved;
import pa.gob.refugio.kit.foureyes.FourEyes;
import pa.gob.refugio.kit.foureyes.Rehearsal;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.security.Roles;

/**
 * Four eyes on back-dated legal dates. A decision or notification dated more than the allowed business days back is
 * rehearsed (every rule of the real command is checked, nothing kept) and then held with no effect; another officer
 * with a role that may record it confirms it, and only then the real command runs, as the first officer recorded it,
 * with its events. Anyone who may confirm may also reject it.
 */
@ApplicationScoped
public class BackDatedEntries {

    private final BackDatedEntryRepository entries;
    private final CaseRepository cases;
    private final DecisionService decisions;
    private final FourEyes fourEyes;
    private final Rehearsal rehearsal;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final String admissibilityRole;

    public BackDatedEntries(BackDatedEntryRepository entries, CaseRepository cases, DecisionService decisions,
                            FourEyes fourEyes, Rehearsal rehearsal, Outbox outbox, ObjectMapper json, Clock clock,
                            @ConfigProperty(name = "refugio.decision.admissibility-role") String admissibilityRole) {
        this.entries = entries;
        this.cases = cases;
        this.decisions = decisions;
        this.fourEyes = fourEyes;
        this.rehearsal = rehearsal;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.admissibilityRole = admissibilityRole;
    }

    /** True when a legal date needs a second officer before it has any effect. */
    public boolean needsSecondOfficer(LocalDate legalDate) {
        return fourEyes.needsSecondOfficer(legalDate);
    }

    @Transactional
    public BackDatedEntryView holdAdmissibility(UUID caseId, AdmissibilityRequest request, String officer,
                                                Trace trace) {
        rehearsal.rehearse(() -> decisions.decideAdmissibility(caseId, request, officer, trace));
        return hold(caseId, Entry.ADMISSIBILITY, null, request.decidedOn(), request, officer, trace);
    }

    @Transactional
    public BackDatedEntryView holdEligibility(UUID caseId, EligibilityRequest request, String officer, Trace trace) {
        rehearsal.rehearse(() -> decisions.decideEligibility(caseId, request, officer, trace));
        return hold(caseId, Entry.ELIGIBILITY, null, request.decidedOn(), request, officer, trace);
    }

    @Transactional
    public BackDatedEntryView holdNotification(UUID decisionId, NotificationRequest request, String officer,
                                               Trace trace) {
        NotificationRecorded rehearsed = rehearsal.rehearse(() -> decisions.notify(decisionId, request, officer, trace));
        return hold(rehearsed.caseId(), Entry.NOTIFICATION, decisionId, request.notifiedOn(), request, officer, trace);
    }

    /**
     * A second officer confirms: the held command runs now, in this transaction, as recorded (its own rules are
     * checked again: a case that moved on meanwhile answers their problem and the entry stays held).
     */
    @Transactional
    public BackDatedEntryView confirm(UUID entryId, String officer, Predicate<String> hasRole, Trace trace) {
        BackDatedEntry entry = find(entryId);
        requireRole(entry, hasRole);
        entry.confirm(officer, now());
        switch (entry.kind()) {
            case ADMISSIBILITY -> entry.recorded(decisions.decideAdmissibility(entry.caseId(),
                    read(entry, AdmissibilityRequest.class), entry.requestedBy(), trace).decisionId());
            case ELIGIBILITY -> entry.recorded(decisions.decideEligibility(entry.caseId(),
                    read(entry, EligibilityRequest.class), entry.requestedBy(), trace).decisionId());
            case NOTIFICATION -> decisions.notify(entry.decisionId(), read(entry, NotificationRequest.class),
                    entry.requestedBy(), trace);
        }
        publishResolved(entry, BackDatedEntryResolved.Resolution.CONFIRMED, trace);
        entries.flush();
        return view(entry);
    }

    /** Rejected by a second officer, or withdrawn by the officer who recorded it: it never has any effect. */
    @Transactional
    public BackDatedEntryView reject(UUID entryId, String officer, String reason, Predicate<String> hasRole,
                                     Trace trace) {
        BackDatedEntry entry = find(entryId);
        requireRole(entry, hasRole);
        entry.reject(officer, reason == null ? null : reason.strip(), now());
        publishResolved(entry, BackDatedEntryResolved.Resolution.REJECTED, trace);
        entries.flush();
        return view(entry);
    }

    @Transactional
    public BackDatedEntryView findEntry(UUID entryId) {
        return view(find(entryId));
    }

    @Transactional
    public List<BackDatedEntryView> ofCase(UUID caseId) {
        cases.findByIdOptional(caseId).orElseThrow(() -> ProblemException.notFound("Case", caseId));
        return entries.ofCase(caseId).stream().map(this::view).toList();
    }

    /** The roles that may record (and so confirm or reject) an entry of this kind; an ONPAR supervisor for ONPAR's. */
    Set<String> rolesFor(Entry kind) {
        return switch (kind) {
            case ADMISSIBILITY -> Set.of(admissibilityRole, Roles.ONPAR_SUPERVISOR);
            case ELIGIBILITY -> Set.of(Roles.CONARE);
            case NOTIFICATION -> Set.of(Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.ONPAR_SUPERVISOR);
        };
    }

    private BackDatedEntryView hold(UUID caseId, Entry kind, UUID decisionId, LocalDate legalDate, Object request,
                                    String officer, Trace trace) {
        String payload;
        try {
            payload = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the " + kind + " request", e);
        }
        BackDatedEntry entry = BackDatedEntry.held(caseId, kind, decisionId, legalDate,
                fourEyes.businessDaysBack(legalDate), payload, officer, now());
        entries.persist(entry);
        outbox.publish(new BackDatedEntryHeld(EventMetadata.create(BackDatedEntryHeld.class, caseId, trace, now()),
                entry.id(), kind, decisionId, legalDate, entry.businessDaysBack()));
        return view(entry);
    }

    private void publishResolved(BackDatedEntry entry, BackDatedEntryResolved.Resolution resolution, Trace trace) {
        outbox.publish(new BackDatedEntryResolved(
                EventMetadata.create(BackDatedEntryResolved.class, entry.caseId(), trace, now()),
                entry.id(), entry.kind(), entry.decisionId(), entry.legalDate(), resolution));
    }

    private void requireRole(BackDatedEntry entry, Predicate<String> hasRole) {
        Set<String> roles = rolesFor(entry.kind());
        if (roles.stream().noneMatch(hasRole)) {
            throw ProblemException.of(403, "forbidden", Texts.of("Prohibido", "Forbidden"),
                    Texts.of("Una entrada " + entry.kind() + " con fecha pasada la confirma o rechaza uno de " + roles,
                            "A back-dated " + entry.kind() + " is confirmed or rejected by one of " + roles))
                    .with("roles", List.copyOf(roles));
        }
    }

    private <T> T read(BackDatedEntry entry, Class<T> type) {
        try {
            return json.readValue(entry.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Back-dated entry " + entry.id() + " is unreadable", e);
        }
    }

    private BackDatedEntry find(UUID entryId) {
        return entries.findByIdOptional(entryId)
                .orElseThrow(() -> ProblemException.notFound("Back-dated entry", entryId));
    }

    private BackDatedEntryView view(BackDatedEntry e) {
        return BackDatedEntryView.of(e, fourEyes.allowedBusinessDays());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
