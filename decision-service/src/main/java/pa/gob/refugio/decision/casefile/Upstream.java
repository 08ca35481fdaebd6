package pa.gob.refugio.decision.casefile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What decision-service reads of the other services' answers (unknown fields ignored: they may grow). */
final class Upstream {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ApplicationRead(UUID caseId, String caseNumber, String status, String intakeSite, LocalDate entryDate,
                           LocalDate filedOn, boolean outOfTime, String lateFilingJustification, boolean priority,
                           String placeOfEntry, String groundsStated, LocalDate endedOn, String endNote,
                           List<MemberRead> members) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MemberRead(UUID memberId, String role, String givenNames, String familyNames, String sex,
                      LocalDate dateOfBirth, List<String> nationalities, UUID responsibleMemberId,
                      boolean unaccompaniedChild, String gender, List<String> languages,
                      CaseFileView.IdentityDocument identityDocument, List<String> specificNeeds, String status,
                      LocalDate endedOn, String childAlone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InterviewRead(UUID interviewId, UUID caseId, UUID memberId, String kind, String status,
                         LocalDateTime scheduledAt, String site, boolean childAppropriate,
                         CaseFileView.InterviewRecord record) {
    }

    private Upstream() {
    }
}
