package pa.gob.refugio.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ADomainProblemInSpanishAndEnglishAnswersInTheCallersLanguageTest {

    private final ProblemException problem = ProblemException.ruleViolated("deadline-missed",
            Texts.of("Plazo vencido", "Deadline missed"),
            Texts.of("El plazo de reconsideración venció el 2026-12-07", "The reconsideration window ended on 2026-12-07"))
            .with("deadline", "2026-12-07");

    @Test
    void spanishWhenPreferred() {
        Problem es = problem.toProblem("/x", ProblemMessages.ofHeader("es-PA, en;q=0.5"));
        assertEquals("Plazo vencido", es.getTitle());
        assertEquals("El plazo de reconsideración venció el 2026-12-07", es.getDetail());
        assertEquals("es", ProblemMessages.tag(es.getLanguage()));
        assertEquals(422, es.getStatus());
    }

    @Test
    void englishOtherwiseTheTypeAndFactsNeverChange() {
        Problem en = problem.toProblem("/x", ProblemMessages.ofHeader("en"));
        assertEquals("Deadline missed", en.getTitle());
        assertEquals("The reconsideration window ended on 2026-12-07", en.getDetail());
        assertEquals(problem.toProblem("/x", ProblemMessages.SPANISH).getType(), en.getType());
        assertEquals("2026-12-07", en.getExtensions().get("deadline"));
        assertEquals("The reconsideration window ended on 2026-12-07", problem.getMessage());
    }
}
