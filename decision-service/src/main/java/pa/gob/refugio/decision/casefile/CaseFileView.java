package pa.gob.refugio.decision.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.decision.cases.CaseStatus;
import pa.gob.refugio.decision.cases.DecisionView;
import pa.gob.refugio.decision.cases.MemberOutcome;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * CONARE's case file: everything the commission needs to decide, per member. Composed at read time from the owners
 * of the data — the application (registration-service), the interviews with their records (interview-service) — and
 * decision-service's own admissibility and decisions (with their challenge state). Complete or not given at all
 * (503 when a source is unavailable); {@code assembledAt} says when it was read, {@code sources} from where.
 */
public record CaseFileView(UUID caseId, String caseNumber, CaseStatus caseStatus, Application application,
                           List<MemberFile> members, List<DecisionView> decisions, Instant assembledAt,
                           List<String> sources) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    /** The application as ONPAR registered it (registration-service), without its members. */
    public record Application(String status, String intakeSite, LocalDate entryDate, LocalDate filedOn,
                              boolean outOfTime, String lateFilingJustification, boolean priority,
                              String placeOfEntry, String groundsStated, LocalDate endedOn, String endNote) {
    }

    /** One member: identity and needs (registration), interviews (interview), outcome so far (decision). */
    public record MemberFile(UUID memberId, Identity identity, String procedureStatus, LocalDate procedureEndedOn,
                             List<String> specificNeeds, boolean unaccompaniedChild, String childAlone,
                             boolean adult, MemberOutcome outcome, UUID outcomeDecisionId,
                             List<Interview> interviews) {
    }

    /** Who the member is, as registered. */
    public record Identity(String role, String givenNames, String familyNames, String sex, String gender,
                           LocalDate dateOfBirth, List<String> nationalities, List<String> languages,
                           UUID responsibleMemberId, IdentityDocument identityDocument) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IdentityDocument(String type, String number, String issuingCountry) {
    }

    /** An interview of the member and, once held, its record with the summary. */
    public record Interview(UUID interviewId, String kind, String status, LocalDateTime scheduledAt, String site,
                            boolean childAppropriate, InterviewRecord record) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InterviewRecord(String interviewer, String interpreterLanguage, Integer durationMinutes,
                                  String summary, Instant completedAt, String recordedBy,
                                  String guardianOrLegalRepresentative) {
    }
}
