package pa.gob.refugio.appeals.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;

class CaseSummaryTellsTheMinistryWhatHappenedAndWhenTest {

    private final Deadlines deadlines = new Deadlines(BusinessCalendar.panama());

    @Test
    void timelineIsInDateOrderWithDecisionsAndDeadlinesMet() {
        UUID caseId = UUID.randomUUID();
        UUID appealId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        CaseSummary s = new CaseSummaryBuilder(caseId, appealId, decisionId, LocalDate.of(2026, 11, 20))
                .event(LocalDate.of(2026, 11, 19), "AppealFiled", "Appeal filed")
                .event(LocalDate.of(2026, 10, 30), "ResolutionNotified", "Resolution REJECTED notified")
                .event(LocalDate.of(2026, 11, 2), "ReconsiderationFiled", "Reconsideration filed")
                .decision(LocalDate.of(2026, 11, 16), decisionId, "CONARE on reconsideration", "confirmed")
                .decision(LocalDate.of(2026, 10, 28), decisionId, "CONARE", "rejected")
                .deadline(deadlines.appeal(LocalDate.of(2026, 11, 17)), LocalDate.of(2026, 11, 19))
                .deadline(deadlines.reconsideration(LocalDate.of(2026, 10, 30)), LocalDate.of(2026, 11, 2))
                .build();

        assertEquals(caseId, s.caseId());
        assertEquals(
                java.util.List.of("ResolutionNotified", "ReconsiderationFiled", "AppealFiled"),
                s.timeline().stream().map(CaseSummary.TimelineEntry::event).toList());
        assertEquals("rejected", s.decisions().get(0).outcome());
        assertEquals("confirmed", s.decisions().get(1).outcome());
        assertEquals("reconsideration", s.deadlines().get(0).name());
        assertEquals(LocalDate.of(2026, 11, 12), s.deadlines().get(0).lastDay());
        assertTrue(s.deadlines().get(0).met());
        assertTrue(s.deadlines().get(1).met());
        assertTrue(s.text().contains("reconsideration: notified 2026-10-30, last day 2026-11-12, filed 2026-11-02 (in time)"),
                s.text());
        assertTrue(s.text().indexOf("ResolutionNotified") < s.text().indexOf("AppealFiled"), s.text());
    }

    @Test
    void anUnusedOrLateDeadlineIsShownAsSuch() {
        CaseSummary s = new CaseSummaryBuilder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(2026, 4, 20))
                .deadline(deadlines.reconsideration(LocalDate.of(2026, 3, 30)), null)
                .deadline(deadlines.appeal(LocalDate.of(2026, 4, 8)), LocalDate.of(2026, 4, 20))
                .build();
        assertFalse(s.deadlines().get(0).met());
        assertFalse(s.deadlines().get(1).met());
        assertTrue(s.text().contains("last day 2026-04-07, not used"), s.text());
        assertTrue(s.text().contains("(late)"), s.text());
        assertTrue(s.text().contains("(none recorded)"), s.text());
    }
}
