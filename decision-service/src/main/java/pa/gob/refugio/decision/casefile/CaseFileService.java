package pa.gob.refugio.decision.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.decision.cases.CaseView;
import pa.gob.refugio.decision.cases.DecisionService;

/**
 * Assembles CONARE's case file. A read that composes: decision-service's own case (404 if it does not know the case),
 * then the application from registration-service and the interviews, each completed one with its record, from
 * interview-service, with the caller's token. No transaction is held across the calls (the own read has its own);
 * nothing is written, nothing moves the procedure.
 */
@ApplicationScoped
public class CaseFileService {

    private final DecisionService decisions;
    private final CaseFileSources sources;
    private final Clock clock;

    public CaseFileService(DecisionService decisions, CaseFileSources sources, Clock clock) {
        this.decisions = decisions;
        this.sources = sources;
        this.clock = clock;
    }

    public CaseFileView assemble(UUID caseId, String authorization) {
        CaseView own = decisions.findCase(caseId);
        Upstream.ApplicationRead application = sources.application(caseId, authorization);
        List<Upstream.InterviewRead> interviews = new ArrayList<>();
        for (Upstream.InterviewRead listed : sources.interviews(caseId, authorization)) {
            interviews.add("COMPLETED".equals(listed.status())
                    ? sources.interview(listed.interviewId(), authorization) : listed);
        }
        Map<UUID, CaseView.MemberView> outcomes = new LinkedHashMap<>();
        own.members().forEach(m -> outcomes.put(m.memberId(), m));
        List<CaseFileView.MemberFile> members = new ArrayList<>();
        for (Upstream.MemberRead m : application.members() == null ? List.<Upstream.MemberRead>of()
                : application.members()) {
            CaseView.MemberView decided = outcomes.get(m.memberId());
            members.add(new CaseFileView.MemberFile(m.memberId(),
                    new CaseFileView.Identity(m.role(), m.givenNames(), m.familyNames(), m.sex(), m.gender(),
                            m.dateOfBirth(), m.nationalities(), m.languages(), m.responsibleMemberId(),
                            m.identityDocument()),
                    m.status(), m.endedOn(), m.specificNeeds() == null ? List.of() : m.specificNeeds(),
                    m.unaccompaniedChild(), m.childAlone(),
                    decided != null && decided.adult(), decided == null ? null : decided.outcome(),
                    decided == null ? null : decided.outcomeDecisionId(),
                    interviews.stream().filter(i -> m.memberId().equals(i.memberId()))
                            .map(i -> new CaseFileView.Interview(i.interviewId(), i.kind(), i.status(),
                                    i.scheduledAt(), i.site(), i.childAppropriate(), i.record()))
                            .toList()));
        }
        return new CaseFileView(caseId, own.caseNumber() != null ? own.caseNumber() : application.caseNumber(),
                own.status(),
                new CaseFileView.Application(application.status(), application.intakeSite(),
                        application.entryDate(), application.filedOn(), application.outOfTime(),
                        application.lateFilingJustification(), application.priority(), application.placeOfEntry(),
                        application.groundsStated(), application.endedOn(), application.endNote()),
                members, own.decisions(), Instant.now(clock),
                List.of(CaseFileSources.REGISTRATION, CaseFileSources.INTERVIEW, "decision-service"));
    }
}
