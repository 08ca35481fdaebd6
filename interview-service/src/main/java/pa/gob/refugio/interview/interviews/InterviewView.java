package pa.gob.refugio.interview.interviews;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * An interview as ONPAR reads it (scheduledAt in Panama's local time). The completion record, with the summary, is
 * shown only where an eligibility officer reads one interview; case listings leave it out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterviewView(UUID interviewId, UUID caseId, UUID memberId, InterviewKind kind, InterviewStatus status,
                            LocalDateTime scheduledAt, String site, int rescheduleCount, boolean childAppropriate,
                            RecordView record) implements CaseScoped {

    /** The audit records reads of an interview under its case (kit audit). */
    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    /** What was recorded when the interview was held. */
    public record RecordView(String interviewer, String interpreterLanguage, Integer durationMinutes, String summary,
                             Instant completedAt, String recordedBy, String guardianOrLegalRepresentative) {
    }

    static InterviewView summaryOf(Interview i) {
        return new InterviewView(i.id(), i.caseId(), i.memberId(), i.kind(), i.status(), i.scheduledAt(), i.site(),
                i.rescheduleCount(), i.childAppropriate(), null);
    }

    static InterviewView withRecordOf(Interview i) {
        InterviewRecord r = i.record();
        return new InterviewView(i.id(), i.caseId(), i.memberId(), i.kind(), i.status(), i.scheduledAt(), i.site(),
                i.rescheduleCount(), i.childAppropriate(), r == null ? null : new RecordView(r.interviewer(),
                r.interpreterLanguage(), r.durationMinutes(), r.summary(), r.completedAt(), r.recordedBy(),
                r.guardianOrLegalRepresentative()));
    }
}
