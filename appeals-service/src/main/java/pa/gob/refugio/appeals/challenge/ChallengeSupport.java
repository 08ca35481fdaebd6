package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.calendar.AppealsCalendar;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** What the challenge use cases share: deadlines counted on the case's calendar, act dates, metadata, views. */
@ApplicationScoped
class ChallengeSupport {

    /** The acts {@link #actDate} names, in Spanish. */
    private static final java.util.Map<String, String> SPANISH_ACTS = java.util.Map.of(
            "the filing", "la presentación", "CONARE's decision", "la resolución de CONARE");

    private final AppealsCalendar calendar;
    private final Clock clock;

    ChallengeSupport(AppealsCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    Deadlines deadlinesForCase(UUID caseId) {
        return calendar.deadlinesForCase(caseId);
    }

    /** The deadline of a window, counted on its case's calendar from the day it counts from. */
    Deadline deadlineOf(ChallengeWindow w) {
        return deadlineOf(calendar.deadlinesForCase(w.caseId()), w);
    }

    static Deadline deadlineOf(Deadlines deadlines, ChallengeWindow w) {
        return w.kind() == WindowKind.RECONSIDERATION ? deadlines.reconsideration(w.countedFrom())
                : deadlines.appeal(w.countedFrom());
    }

    /** The date of an act: given or today; never in the future nor before what it follows. */
    LocalDate actDate(LocalDate given, LocalDate notBefore, String field, String what) {
        LocalDate today = today();
        LocalDate on = given != null ? given : today;
        if (on.isAfter(today)) {
            throw ProblemException.ruleViolated("date-in-the-future", Texts.of("Fecha futura", "Date in the future"),
                    Texts.of(field + " " + on + " es posterior a hoy, " + today,
                            field + " " + on + " is after today, " + today)).with("field", field);
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw ProblemException.ruleViolated("date-out-of-order",
                    Texts.of("Fecha fuera de orden", "Date out of order"),
                    Texts.of(field + " " + on + " es anterior a " + SPANISH_ACTS.getOrDefault(what, what) + " ("
                                    + notBefore + ")",
                            field + " " + on + " is before " + what + " (" + notBefore + ")")).with("field", field);
        }
        return on;
    }

    EventMetadata meta(Class<? extends DomainEvent> type, UUID caseId, Trace trace) {
        return EventMetadata.create(type, caseId, trace, now());
    }

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static WindowView view(ChallengeWindow w, Deadline d) {
        return new WindowView(w.id(), w.kind().name(), w.decisionId(), w.resolution(), w.reconsiderationId(),
                w.notifiedOn(), w.notificationChannel(), w.lastDay(), w.status().name(), w.closedOn(),
                DeadlineView.of(d));
    }

    static ReconsiderationView view(Reconsideration r, Deadline d) {
        return new ReconsiderationView(r.id(), r.caseId(), r.decisionId(), r.filedOn(), DeadlineView.of(d),
                r.status().name(), r.decidedOn(), r.reasons());
    }

    static AppealView view(Appeal a, Deadline d, UUID summaryId) {
        return new AppealView(a.id(), a.caseId(), a.decisionId(), a.reconsiderationId(), a.filedOn(),
                DeadlineView.of(d), a.status().name(), a.decidedOn(), a.reasons(), summaryId, a.notifiedOn(),
                a.notificationChannel());
    }
}
