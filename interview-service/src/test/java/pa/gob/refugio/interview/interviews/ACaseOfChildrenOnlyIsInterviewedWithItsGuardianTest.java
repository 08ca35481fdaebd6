package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class ACaseOfChildrenOnlyIsInterviewedWithItsGuardianTest {

    private final Instant now = Instant.parse("2026-03-09T14:00:00Z");
    private final UUID child = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();

    @Test
    void everyAdultIsInterviewedAndNoChildWhenThereAreAdults() {
        UUID adult = UUID.randomUUID();
        InterviewCase family = InterviewCase.open(UUID.randomUUID(), "N", "Site",
                List.of(new CaseMember(adult, true), new CaseMember(child, false)), now);
        assertEquals(List.of(new InterviewCase.Interviewee(adult, false)), family.interviewees());
    }

    @Test
    void childrenAloneGetAChildAppropriateInterviewOfTheirPrincipalApplicant() {
        InterviewCase children = InterviewCase.open(UUID.randomUUID(), "N", "Site",
                List.of(new CaseMember(child, false), new CaseMember(sibling, false)), Priority.CHILD_ALONE, now);
        assertEquals(List.of(new InterviewCase.Interviewee(child, true)), children.interviewees());
    }

    @Test
    void theChildsInterviewIsHeldOnlyWithAGuardianOrLegalRepresentativeAndThenTheCaseIsReady() {
        InterviewCase children = InterviewCase.open(UUID.randomUUID(), "N", "Site",
                List.of(new CaseMember(child, false)), Priority.CHILD_ALONE, now);
        Interview interview = children.schedule(child, InterviewKind.INDIVIDUAL, LocalDateTime.of(2026, 3, 10, 7, 0),
                null, null, true, now);

        ProblemException refused = assertThrows(ProblemException.class, () -> interview.complete(
                new InterviewRecord("Oficial Ruiz", null, 30, "Relato", now, "officer"), now));
        assertEquals(422, refused.status());
        assertEquals(InterviewStatus.SCHEDULED, interview.status());

        interview.complete(new InterviewRecord("Oficial Ruiz", null, 30, "Relato", now, "officer",
                "Tutora legal designada por SENNIAF"), now);
        assertEquals(List.of(child), children.becomeReadyIfComplete().orElseThrow());
        assertTrue(children.readyForDecision());
    }
}
