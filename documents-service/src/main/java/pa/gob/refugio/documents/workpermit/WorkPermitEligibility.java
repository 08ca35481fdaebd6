package pa.gob.refugio.documents.workpermit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.documents.document.Document;

/** A document's {@code workPermitEligible} as of a day: the holder's status and age ({@link WorkPermitRules}). */
@ApplicationScoped
public class WorkPermitEligibility {

    private final WorkingAgeRepository ages;
    private final WorkPermitRules rules;

    public WorkPermitEligibility(WorkingAgeRepository ages,
                                 @ConfigProperty(name = "refugio.documents.work-permit.minimum-age",
                                         defaultValue = "18") int minimumAge) {
        this.ages = ages;
        this.rules = new WorkPermitRules(minimumAge);
    }

    public boolean eligibleOn(Document d, LocalDate today) {
        return rules.eligible(d.kind(), d.inForceOn(today), ages.adult(d.memberId()));
    }

    WorkPermitRules rules() {
        return rules;
    }

    Boolean adult(java.util.UUID memberId) {
        return ages.adult(memberId);
    }
}
