package pa.gob.refugio.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.Person;
import pa.gob.refugio.registration.certificate.Certificates;
import pa.gob.refugio.registration.certificate.Certificates.CertificateView;
import pa.gob.refugio.registration.duplicate.DuplicateFinder;
import pa.gob.refugio.registration.duplicate.DuplicateFinder.ExistingCase;
import pa.gob.refugio.registration.duplicate.SearchKeys.Key;
import pa.gob.refugio.registration.referral.ServiceReferrals;
import pa.gob.refugio.registration.site.IntakeSite;
import pa.gob.refugio.registration.site.IntakeSites;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** The registration use cases; one transaction each, the event written to the outbox in the same transaction. */
@ApplicationScoped
public class RegistrationService {

    /** Who reports departures: SNM records the exits of the country. */
    public static final String DEPARTURE_REPORTER = "SNM";

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final Deadlines deadlines;
    private final Clock clock;
    private final DuplicateFinder duplicates;
    private final IntakeSites sites;
    private final Certificates certificates;
    private final ServiceReferrals serviceReferrals;

    public RegistrationService(ApplicationRepository applications, Outbox outbox, Deadlines deadlines, Clock clock,
                               DuplicateFinder duplicates, IntakeSites sites, Certificates certificates,
                               ServiceReferrals serviceReferrals) {
        this.serviceReferrals = serviceReferrals;
        this.applications = applications;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
        this.duplicates = duplicates;
        this.sites = sites;
        this.certificates = certificates;
    }

    @Transactional
    public Registered register(RegisterApplicationRequest request, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        Deadline filing = deadlines.filing(request.entryDate());
        List<List<Key>> keys = request.members().stream().map(p -> duplicates.keysOf(
                p.identityDocument() == null ? null : p.identityDocument().type().name(),
                p.identityDocument() == null ? null : p.identityDocument().number(),
                p.identityDocument() == null ? null : p.identityDocument().issuingCountry(),
                p.givenNames(), p.familyNames(), p.dateOfBirth(), p.nationalities())).toList();
        IntakeSite site = sites.activeSite(request.intakeSite());
        List<ExistingCase> existing = duplicates.find(keys);
        if (!existing.isEmpty() && !request.duplicatesConfirmed()) {
            throw ProblemException.conflict("possible-duplicate", "Possible duplicate registration",
                            "A person of this application matches " + existing.size() + " existing case(s): "
                                    + String.join(", ", existing.stream().map(ExistingCase::caseNumber).toList())
                                    + ". Check with the applicant; if they are different people, send again with "
                                    + "\"confirmNotDuplicate\": true")
                    .with("existingCases", existing);
        }
        Instant now = Instant.now(clock);
        Application application = Application.register(() -> applications.nextCaseNumber(Year.from(filedOn)),
                site.name(), request.entryDate(), filedOn, filing, request.lateFilingJustification(),
                request.members().stream().map(Person::toNewMember).toList(), officer, now);
        application.declare(request.placeOfEntry(), request.groundsStated());
        if (request.rightsAndObligationsBriefing() != null) {
            RegisterApplicationRequest.Briefing b = request.rightsAndObligationsBriefing();
            application.recordBriefing(b.language(), b.at() != null ? b.at() : now,
                    b.officer() != null && !b.officer().isBlank() ? b.officer().strip() : officer);
        }
        List<Member> members = application.members();
        applications.persist(application);
        applications.flush();
        for (int i = 0; i < members.size(); i++) {
            duplicates.store(application.id(), members.get(i).id(), keys.get(i));
        }
        // One booking ledger per office: interview-service books the interviews (and keeps a waiting list when the
        // site is full); registration promises no date of its own.
        outbox.publish(new ApplicationRegistered(
                EventMetadata.create(ApplicationRegistered.class, application.id(), trace, Instant.now(clock)),
                application.caseNumber(), application.intakeSite(), filedOn, application.outOfTime(),
                members.stream().map(m -> new ApplicationRegistered.Member(m.id(), m.familyRole(),
                        m.isAdultOn(filedOn), m.unaccompaniedChild(), !m.specificNeeds().isEmpty())).toList()));
        for (Member child : members) {
            if (child.childAlone() != null) {
                serviceReferrals.informSenniaf(application.id(), child.id(), child.childAlone().name(), officer);
            }
        }
        List<CertificateView> issued = certificates.issue(application.id(), members, filedOn, trace);
        return new Registered(ApplicationView.of(application), filing, issued, existing);
    }

    @Transactional
    public ApplicationView find(UUID caseId) {
        return ApplicationView.of(load(caseId));
    }

    /** The applicant withdrew; the case ends, the certificates are revoked. 409 if the case already ended. */
    @Transactional
    public ApplicationView withdraw(UUID caseId, LocalDate withdrawnOn, String reason, Trace trace) {
        Application application = load(caseId);
        application.withdraw(withdrawnOn, reason, Instant.now(clock));
        outbox.publish(new ApplicationWithdrawn(
                EventMetadata.create(ApplicationWithdrawn.class, caseId, trace, Instant.now(clock)), withdrawnOn));
        certificates.revokeAll(caseId, withdrawnOn, AsylumSeekerCertificateRevoked.Reason.WITHDRAWN, trace);
        return ApplicationView.of(application);
    }

    /** SNM reported the departure: the procedure is abandoned, the certificates revoked. 409 if already ended. */
    @Transactional
    public ApplicationView abandon(UUID caseId, LocalDate departureDate, String borderPost, Trace trace) {
        Application application = load(caseId);
        application.abandon(departureDate, borderPost, Instant.now(clock));
        outbox.publish(new ApplicationAbandoned(
                EventMetadata.create(ApplicationAbandoned.class, caseId, trace, Instant.now(clock)), departureDate,
                DEPARTURE_REPORTER));
        certificates.revokeAll(caseId, departureDate, AsylumSeekerCertificateRevoked.Reason.ABANDONED, trace);
        return ApplicationView.of(application);
    }

    /**
     * The procedure concluded in another service (full recognition, or a rejection that became final): the case
     * is closed and its certificates revoked. Does nothing for an unknown or already ended case (events replay).
     */
    @Transactional
    public void conclude(UUID caseId, LocalDate on, String note, Trace trace) {
        applications.findByIdOptional(caseId).filter(a -> !a.status().ended()).ifPresent(a -> {
            a.close(on, note, Instant.now(clock));
            certificates.revokeAll(caseId, on, AsylumSeekerCertificateRevoked.Reason.CASE_CLOSED, trace);
        });
    }

    private Application load(UUID caseId) {
        return applications.findByIdOptional(caseId).orElseThrow(() -> ProblemException.notFound("Application", caseId));
    }

    /**
     * The registered application, the filing deadline it was measured against, the certificates issued, and the
     * possible duplicates the officer confirmed as different people (empty when there were none).
     */
    public record Registered(ApplicationView application, Deadline filingDeadline, List<CertificateView> certificates,
                             List<ExistingCase> confirmedNotDuplicates) {
    }
}
