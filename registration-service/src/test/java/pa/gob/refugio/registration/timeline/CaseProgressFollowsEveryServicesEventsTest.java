package pa.gob.refugio.registration.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.registration.timeline.CaseProgress.Entry;
import pa.gob.refugio.registration.timeline.CaseProgress.Progress;

class CaseProgressFollowsEveryServicesEventsTest {

    static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");
    static final LocalDateTime INTERVIEW = LocalDateTime.of(2026, 11, 6, 7, 0);

    static Entry e(String type, int hours, Map<String, String> facts) {
        return new Entry(type, T0.plusSeconds(hours * 3600L), facts);
    }

    @Test
    void aNewCaseWaitsForItsRegistrationInterview() {
        Progress p = CaseProgress.of("REGISTERED", T0, T0, INTERVIEW, List.of());
        assertEquals("REGISTERED", p.phase());
        assertTrue(p.waitingFor().contains("2026-11-06T07:00"));
        assertEquals(T0, p.since());
    }

    @Test
    void eachStepSaysWhatComesNextAndSinceWhenEvenIfEventsArriveOutOfOrder() {
        List<Entry> timeline = List.of(
                e("AppealWindowOpened", 5, Map.of("lastDay", "2026-11-16")),
                e("InterviewScheduled", 1, Map.of()),
                e("CaseReadyForDecision", 2, Map.of()),
                e("ProvisionalIdIssued", 3, Map.of()),
                e("ApplicationAdmitted", 3, Map.of()),
                e("ReconsiderationConfirmed", 4, Map.of()));
        Progress p = CaseProgress.of("REGISTERED", T0, T0, INTERVIEW, timeline);
        assertEquals("APPEAL_WINDOW", p.phase());
        assertTrue(p.waitingFor().contains("2026-11-16"));
        assertEquals(T0.plusSeconds(5 * 3600), p.since());

        Progress admitted = CaseProgress.of("REGISTERED", T0, T0, INTERVIEW, timeline.subList(1, 5));
        assertEquals("ADMITTED", admitted.phase());
        assertEquals("eligibility decision (CONARE)", admitted.waitingFor());
    }

    @Test
    void interviewsDoNotRestartTheWaitingClockAndRecognitionEndsWithDocuments() {
        Progress p = CaseProgress.of("REGISTERED", T0, T0, INTERVIEW, List.of(
                e("InterviewScheduled", 1, Map.of()), e("InterviewCompleted", 2, Map.of())));
        assertEquals(T0.plusSeconds(3600), p.since());

        Progress recognised = CaseProgress.of("CLOSED", T0, T0, INTERVIEW, List.of(
                e("StatusRecognized", 1, Map.of()), e("RefugeeDocumentIssued", 2, Map.of())));
        assertEquals("RECOGNIZED", recognised.phase());
        assertNull(recognised.waitingFor());
    }

    @Test
    void aNegativeNotificationOpensReconsiderationAndAPositiveOneChangesNothing() {
        assertEquals("REJECTED_NOTIFIED", CaseProgress.of("REGISTERED", T0, T0, null, List.of(
                e("StatusRejected", 1, Map.of()),
                e("ResolutionNotified", 2, Map.of("resolution", "REJECTED")))).phase());
        assertEquals("ADMITTED", CaseProgress.of("REGISTERED", T0, T0, null, List.of(
                e("ApplicationAdmitted", 1, Map.of()),
                e("ResolutionNotified", 2, Map.of("resolution", "ADMITTED")))).phase());
    }

    @Test
    void aWithdrawnOrAbandonedCaseWaitsForNothing() {
        Instant ended = T0.plusSeconds(99);
        Progress p = CaseProgress.of("ABANDONED", ended, T0, INTERVIEW, List.of(e("InterviewScheduled", 1, Map.of())));
        assertEquals("ABANDONED", p.phase());
        assertNull(p.waitingFor());
        assertEquals(ended, p.since());
    }

    @Test
    void timelineFactsKeepDatesAndInstitutionalTextButNoIdsOrDocumentNumbers() {
        UUID caseId = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        EventMetadata m = EventMetadata.create(ProvisionalIdIssued.class, caseId, new Trace(UUID.randomUUID(), null),
                T0);
        Map<String, String> facts = TimelineFacts.of(new ProvisionalIdIssued(m, UUID.randomUUID(), "PA-SOL-777",
                member, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 1)));
        assertEquals(Map.of("validFrom", "2026-11-02", "validUntil", "2027-05-01"), facts);
        String text = TimelineFacts.describe("ProvisionalIdIssued", facts);
        assertFalse(text.contains("PA-SOL-777"));
        assertFalse(text.contains(member.toString()));

        EventMetadata m2 = EventMetadata.create(InterviewScheduled.class, caseId, new Trace(UUID.randomUUID(), null), T0);
        assertEquals("ONPAR Balboa", TimelineFacts.of(new InterviewScheduled(m2, UUID.randomUUID(), member,
                INTERVIEW, "ONPAR Balboa")).get("site"));
        assertEquals("registration-service", TimelineFacts.source(ApplicationAbandoned.class));
        assertEquals("documents-service", TimelineFacts.source(ProvisionalIdIssued.class));
    }
}
