package pa.gob.refugio.appeals.challenge;

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
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.appeals.challenge.LegalDateRepositories.BackDatedEntries;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.BackDatedChallengeEntryHeld;
import pa.gob.refugio.events.appeals.BackDatedChallengeEntryHeld.Entry;
import pa.gob.refugio.events.appeals.BackDatedChallengeEntryResolved;
import pa.gob.refugio.kit.foureyes.FourEyes;
import pa.gob.refugio.kit.foureyes.Rehearsal;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.security.Roles;

/**
 * Four eyes on back-dated challenge entries: a filing (its paper receipt's date), a decision of CONARE or the Minister,
 * or the notification of a confirmation dated more than the allowed business days back is rehearsed (every rule of
 * the real command checked, nothing kept), then held with no effect until another officer with a role that may record
 * it confirms it; then the real command runs, as the first officer recorded it.
 */
@ApplicationScoped
public class BackDatedChallengeEntries {

    private final BackDatedEntries entries;
    private final ReconsiderationRepository reconsiderations;
    private final ReconsiderationService reconsiderationService;
    private final AppealService appealService;
    private final Filings filings;
    private final FourEyes fourEyes;
    private final Rehearsal rehearsal;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public BackDatedChallengeEntries(BackDatedEntries entries, ReconsiderationRepository reconsiderations,
                                     ReconsiderationService reconsiderationService,
                                     AppealService appealService, Filings filings, FourEyes fourEyes,
                                     Rehearsal rehearsal, Outbox outbox, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.reconsiderations = reconsiderations;
        this.reconsiderationService = reconsiderationService;
        this.appealService = appealService;
        this.filings = filings;
        this.fourEyes = fourEyes;
        this.rehearsal = rehearsal;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public boolean needsSecondOfficer(LocalDate legalDate) {
        return fourEyes.needsSecondOfficer(legalDate);
    }

    @Transactional
    public BackDatedChallengeEntryView holdReconsiderationFiling(UUID caseId, Requests.File request, String officer,
                                                                 Trace trace) {
        rehearsal.rehearse(() -> filings.fileReconsideration(caseId, request, officer, trace));
        return hold(caseId, Entry.RECONSIDERATION_FILING, request.decisionId(), null, request.legalDate(), request,
                officer, trace);
    }

    @Transactional
    public BackDatedChallengeEntryView holdAppealFiling(UUID caseId, Requests.File request, String officer,
                                                        Trace trace) {
        rehearsal.rehearse(() -> filings.fileAppeal(caseId, request, officer, trace));
        return hold(caseId, Entry.APPEAL_FILING, request.decisionId(), null, request.legalDate(), request, officer,
                trace);
    }

    @Transactional
    public BackDatedChallengeEntryView holdReconsiderationDecision(UUID id, Requests.DecideReconsideration request,
                                                                   String member, Trace trace) {
        ReconsiderationView r = rehearsal.rehearse(() -> reconsiderationService.decide(id, request.outcome(),
                request.reasons(), request.decidedOn(), member, trace));
        return hold(r.caseId(), Entry.RECONSIDERATION_DECISION, r.decisionId(), id, request.decidedOn(), request,
                member, trace);
    }

    @Transactional
    public BackDatedChallengeEntryView holdAppealDecision(UUID id, Requests.DecideAppeal request, String minister,
                                                          Trace trace) {
        AppealView a = rehearsal.rehearse(() -> appealService.decide(id, request.outcome(), request.reasons(),
                request.decidedOn(), minister, trace));
        return hold(a.caseId(), Entry.APPEAL_DECISION, a.decisionId(), id, request.decidedOn(), request, minister,
                trace);
    }

    @Transactional
    public BackDatedChallengeEntryView holdConfirmationNotification(UUID reconsiderationId,
                                                                    Requests.Notification request, String officer,
                                                                    Trace trace) {
        rehearsal.rehearse(() -> reconsiderationService.notifyConfirmation(reconsiderationId, request.notifiedOn(),
                request.channel().strip(), trace));
        Reconsideration r = reconsiderations.findByIdOptional(reconsiderationId).orElseThrow();
        return hold(r.caseId(), Entry.CONFIRMATION_NOTIFICATION, r.decisionId(), reconsiderationId,
                request.notifiedOn(), request, officer, trace);
    }

    /** Another officer confirms: the held command runs now, in this transaction, its rules checked again. */
    @Transactional
    public BackDatedChallengeEntryView confirm(UUID entryId, String officer, Predicate<String> hasRole, Trace trace) {
        BackDatedChallengeEntry entry = find(entryId);
        requireRole(entry, hasRole);
        entry.confirm(officer, now());
        String by = entry.requestedBy();
        switch (entry.kind()) {
            case RECONSIDERATION_FILING -> entry.recorded(filings.fileReconsideration(entry.caseId(),
                    read(entry, Requests.File.class), by, trace).reconsiderationId());
            case APPEAL_FILING -> entry.recorded(filings.fileAppeal(entry.caseId(),
                    read(entry, Requests.File.class), by, trace).appealId());
            case RECONSIDERATION_DECISION -> {
                Requests.DecideReconsideration d = read(entry, Requests.DecideReconsideration.class);
                reconsiderationService.decide(entry.targetId(), d.outcome(), d.reasons(), d.decidedOn(), by, trace);
            }
            case APPEAL_DECISION -> {
                Requests.DecideAppeal d = read(entry, Requests.DecideAppeal.class);
                appealService.decide(entry.targetId(), d.outcome(), d.reasons(), d.decidedOn(), by, trace);
            }
            case CONFIRMATION_NOTIFICATION -> {
                Requests.Notification n = read(entry, Requests.Notification.class);
                WindowView ignored = reconsiderationService.notifyConfirmation(entry.targetId(), n.notifiedOn(),
                        n.channel().strip(), trace);
            }
        }
        publishResolved(entry, BackDatedChallengeEntryResolved.Resolution.CONFIRMED, trace);
        entries.flush();
        return view(entry);
    }

    @Transactional
    public BackDatedChallengeEntryView reject(UUID entryId, String officer, String reason, Predicate<String> hasRole,
                                              Trace trace) {
        BackDatedChallengeEntry entry = find(entryId);
        requireRole(entry, hasRole);
        entry.reject(officer, reason == null ? null : reason.strip(), now());
        publishResolved(entry, BackDatedChallengeEntryResolved.Resolution.REJECTED, trace);
        entries.flush();
        return view(entry);
    }

    @Transactional
    public BackDatedChallengeEntryView findEntry(UUID entryId) {
        return view(find(entryId));
    }

    @Transactional
    public List<BackDatedChallengeEntryView> ofCase(UUID caseId) {
        return entries.ofCase(caseId).stream().map(this::view).toList();
    }

    /** The roles that may record, and so confirm or reject, an entry of this kind. */
    static Set<String> rolesFor(Entry kind) {
        return switch (kind) {
            case RECONSIDERATION_FILING, APPEAL_FILING ->
                    Set.of(Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_SUPERVISOR);
            case RECONSIDERATION_DECISION -> Set.of(Roles.CONARE);
            case APPEAL_DECISION -> Set.of(Roles.MINISTER);
            case CONFIRMATION_NOTIFICATION -> Set.of(Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_SUPERVISOR);
        };
    }

    private BackDatedChallengeEntryView hold(UUID caseId, Entry kind, UUID decisionId, UUID targetId,
                                             LocalDate legalDate, Object request, String officer, Trace trace) {
        String payload;
        try {
            payload = json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the " + kind + " request", e);
        }
        BackDatedChallengeEntry entry = BackDatedChallengeEntry.held(caseId, kind, decisionId, targetId, legalDate,
                fourEyes.businessDaysBack(legalDate), payload, officer, now());
        entries.persist(entry);
        outbox.publish(new BackDatedChallengeEntryHeld(
                EventMetadata.create(BackDatedChallengeEntryHeld.class, caseId, trace, now()),
                entry.id(), kind, decisionId, legalDate, entry.businessDaysBack()));
        return view(entry);
    }

    private void publishResolved(BackDatedChallengeEntry entry, BackDatedChallengeEntryResolved.Resolution resolution,
                                 Trace trace) {
        outbox.publish(new BackDatedChallengeEntryResolved(
                EventMetadata.create(BackDatedChallengeEntryResolved.class, entry.caseId(), trace, now()),
                entry.id(), entry.kind(), entry.decisionId(), entry.legalDate(), resolution));
    }

    private void requireRole(BackDatedChallengeEntry entry, Predicate<String> hasRole) {
        Set<String> roles = rolesFor(entry.kind());
        if (roles.stream().noneMatch(hasRole)) {
            throw ProblemException.of(403, "forbidden", Texts.of("Prohibido", "Forbidden"),
                    Texts.of("Una entrada " + entry.kind() + " con fecha pasada la confirma o rechaza uno de " + roles,
                            "A back-dated " + entry.kind() + " is confirmed or rejected by one of " + roles))
                    .with("roles", List.copyOf(roles));
        }
    }

    private <T> T read(BackDatedChallengeEntry entry, Class<T> type) {
        try {
            return json.readValue(entry.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Back-dated entry " + entry.id() + " is unreadable", e);
        }
    }

    private BackDatedChallengeEntry find(UUID entryId) {
        return entries.findByIdOptional(entryId)
                .orElseThrow(() -> ProblemException.notFound("Back-dated entry", entryId));
    }

    private BackDatedChallengeEntryView view(BackDatedChallengeEntry e) {
        return BackDatedChallengeEntryView.of(e, fourEyes.allowedBusinessDays());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
