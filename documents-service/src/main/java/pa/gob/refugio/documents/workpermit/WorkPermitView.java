package pa.gob.refugio.documents.workpermit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A work permit as MITRADEL and SNM read it; {@code status} is as of today. */
public record WorkPermitView(UUID workPermitId, String permitNumber, String documentNumber, UUID caseId,
                             UUID memberId, LocalDate validFrom, LocalDate validUntil, WorkPermit.Status status,
                             LocalDate endedOn, String recordedBy, Instant recordedAt) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    static WorkPermitView of(WorkPermit p, LocalDate today) {
        return new WorkPermitView(p.id(), p.permitNumber(), p.documentNumber(), p.caseId(), p.memberId(),
                p.validFrom(), p.validUntil(), p.statusOn(today), p.endedOn(), p.recordedBy(), p.recordedAt());
    }
}
