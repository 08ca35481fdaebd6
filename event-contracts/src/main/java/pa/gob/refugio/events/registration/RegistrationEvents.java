package pa.gob.refugio.events.registration;

import java.util.List;
import pa.gob.refugio.events.DomainEvent;

/** Every event registration-service publishes on its topic; add a new event here (and to docs/events.md). */
public final class RegistrationEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ApplicationRegistered.class, ApplicationWithdrawn.class, ApplicationAbandoned.class,
            ApplicationWithdrawnV2.class, ApplicationAbandonedV2.class,
            RegistrationInterviewScheduled.class, AsylumSeekerCertificateIssued.class,
            AsylumSeekerCertificateRevoked.class,
            StatelessnessReferralMade.class, StatelessnessReferralStatusChanged.class,
            AsylumSeekerCertificateRenewed.class, MemberDataCorrected.class, MemberAdded.class);

    private RegistrationEvents() {
    }
}
