package pa.gob.refugio.appeals.judicial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.challenge.ChallengeQueries;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.JudicialReviewDecided;
import pa.gob.refugio.events.appeals.JudicialReviewFiled;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** Records judicial reviews at the Third Chamber, allowed once the administrative route is exhausted. */
@ApplicationScoped
public class JudicialReviewService {

    private final JudicialReviewRepository reviews;
    private final ChallengeQueries challenges;
    private final CaseEvents events;
    private final Clock clock;

    public JudicialReviewService(JudicialReviewRepository reviews, ChallengeQueries challenges, CaseEvents events,
                                 Clock clock) {
        this.reviews = reviews;
        this.challenges = challenges;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public JudicialReviewView record(UUID caseId, UUID decisionId, LocalDate filedOn, String courtReference,
                                     String officer, Trace trace) {
        notInTheFuture(filedOn, "filedOn");
        UUID decided = challenges.exhaustedDecision(caseId, decisionId).orElseThrow(() ->
                ProblemException.illegalTransition("The administrative route of case " + caseId,
                                "NOT_EXHAUSTED", "taken to the Third Chamber before the Minister denied an appeal "
                                        + "or a window lapsed unused")
                        .with("caseId", caseId.toString()));
        JudicialReview review = JudicialReview.record(caseId, decided, filedOn, courtReference.strip(), officer);
        reviews.persist(review);
        events.publish(new JudicialReviewFiled(EventMetadata.create(JudicialReviewFiled.class, caseId, trace,
                        Instant.now(clock)), review.id(), decided, filedOn, review.courtReference()),
                decided, filedOn, "Judicial review filed at the Supreme Court's Third Chamber ("
                        + review.courtReference() + ")");
        return JudicialReviewView.of(review);
    }

    @Transactional
    public JudicialReviewView decide(UUID id, JudicialReviewDecided.Outcome outcome, LocalDate decidedOn,
                                     Trace trace) {
        JudicialReview review = reviews.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Judicial review", id));
        notInTheFuture(decidedOn, "decidedOn");
        review.decide(outcome, decidedOn);
        events.publish(new JudicialReviewDecided(EventMetadata.create(JudicialReviewDecided.class, review.caseId(),
                        trace, Instant.now(clock)), review.id(), review.decisionId(), outcome, decidedOn),
                review.decisionId(), decidedOn, "The Third Chamber decided the judicial review: " + outcome);
        return JudicialReviewView.of(review);
    }

    private void notInTheFuture(LocalDate date, String field) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw ProblemException.ruleViolated("date-in-the-future", Texts.of("Fecha futura", "Date in the future"),
                    Texts.of(field + " " + date + " es posterior a hoy, " + today,
                            field + " " + date + " is after today, " + today)).with("field", field);
        }
    }
}
