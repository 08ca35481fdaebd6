package pa.gob.refugio.registration.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.registration.application.ApplicationRepository;
import pa.gob.refugio.registration.partner.CaseLink;

/** What the partner code needs from the application and its case progress: {@link CaseLink}, served from here. */
@ApplicationScoped
public class PartnerCaseLink implements CaseLink {

    private final ApplicationRepository applications;
    private final Timeline timeline;

    public PartnerCaseLink(ApplicationRepository applications, Timeline timeline) {
        this.applications = applications;
        this.timeline = timeline;
    }

    @Override
    public boolean exists(UUID caseId) {
        return applications.findByIdOptional(caseId).isPresent();
    }

    @Override
    public Optional<Boolean> memberIsAdult(UUID caseId, UUID memberId, LocalDate on) {
        return applications.findByIdOptional(caseId).flatMap(a -> a.members().stream()
                .filter(m -> m.id().equals(memberId)).findFirst().map(m -> m.isAdultOn(on)));
    }

    @Override
    public Progress progress(UUID caseId) {
        Timeline.CaseStatusView status = timeline.status(caseId);
        return new Progress(status.status(), status.phase(),
                status.timeline().stream().map(Timeline.CaseStatusView.Line::type).toList());
    }
}
