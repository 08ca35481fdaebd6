package pa.gob.refugio.registration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.Person;
import pa.gob.refugio.registration.certificate.Certificates;
import pa.gob.refugio.registration.certificate.Certificates.CertificateView;
import pa.gob.refugio.registration.duplicate.DuplicateFinder;
import pa.gob.refugio.registration.duplicate.DuplicateFinder.ExistingCase;
import pa.gob.refugio.registration.duplicate.SearchKeys.Key;
import pa.gob.refugio.registration.partner.CaseLink;
import pa.gob.refugio.registration.search.SearchIndex;
import pa.gob.refugio.registration.site.IntakeSite;
import pa.gob.refugio.registration.site.IntakeSites;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.kit.calendar.SiteCalendars;

/** The registration use cases; one transaction each, the event written to the outbox in the same transaction. */
@ApplicationScoped
public class RegistrationService {

    /** Who reports departures: SNM records the exits of the country. */
    public static final String DEPARTURE_REPORTER = "SNM";

    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final SiteCalendars calendars;
    private final Clock clock;
    private final DuplicateFinder duplicates;
    private final IntakeSites sites;
    private final Certificates certificates;
    private final Event<CaseLink.ChildAloneRegistered> childrenAlone;
    private final SearchIndex searchIndex;

    public RegistrationService(ApplicationRepository applications, Outbox outbox, SiteCalendars calendars, Clock clock,
                               DuplicateFinder duplicates, IntakeSites sites, Certificates certificates,
                               Event<CaseLink.ChildAloneRegistered> childrenAlone,
                               SearchIndex searchIndex) {
        this.searchIndex = searchIndex;
        this.childrenAlone = childrenAlone;
        this.applications = applications;
        this.outbox = outbox;
        this.calendars = calendars;
        this.clock = clock;
        this.duplicates = duplicates;
        this.sites = sites;
        this.certificates = certificates;
    }

    @Transactional
    public Registered register(RegisterApplicationRequest request, String officer, Trace trace) {
        LocalDate today = LocalDate.now(clock);
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        List<List<Key>> keys = request.members().stream().map(p -> duplicates.keysOf(
                p.identityDocument() == null ? null : p.identityDocument().type().name(),
                p.identityDocument() == null ? null : p.identityDocument().number(),
                p.identityDocument() == null ? null : p.identityDocument().issuingCountry(),
                p.givenNames(), p.familyNames(), p.dateOfBirth(), p.nationalities())).toList();
        IntakeSite site = sites.activeSite(request.intakeSite());
        List<ExistingCase> existing = duplicates.find(keys);
        if (!existing.isEmpty() && !request.duplicatesConfirmed()) {
            String cases = String.join(", ", existing.stream().map(ExistingCase::caseNumber).toList());
            throw ProblemException.conflict("possible-duplicate",
                            Texts.of("Posible registro duplicado", "Possible duplicate registration"),
                            Texts.of("Una persona de esta solicitud coincide con " + existing.size()
                                            + " caso(s) existente(s): " + cases + ". Compruébelo con el solicitante; si"
                                            + " son personas distintas, envíe de nuevo con \"confirmNotDuplicate\": true",
                                    "A person of this application matches " + existing.size() + " existing case(s): "
                                            + cases + ". Check with the applicant; if they are different people, send"
                                            + " again with \"confirmNotDuplicate\": true"))
                    .with("existingCases", existing);
        }
        Deadline filing = calendars.deadlinesAt(site.code()).filing(request.entryDate()); // the site's calendar
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
            searchIndex.index(application.id(), members.get(i)); // search by name and document number, same transaction
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
                // SENNIAF is informed by law: the partner code records it (CaseLink, in this transaction)
                childrenAlone.fire(new CaseLink.ChildAloneRegistered(application.id(), child.id(),
                        child.childAlone().name(), officer));
            }
        }
        List<CertificateView> issued = certificates.issue(application.id(), members, filedOn, trace);
        return new Registered(ApplicationView.of(application), filing, issued, existing);
    }

    @Transactional
    public ApplicationView find(UUID caseId) {
        return ApplicationView.of(load(caseId));
    }

    /**
     * Members withdrew ({@code memberIds} null or empty: every member still in the procedure): their procedure ends,
     * their certificates are revoked; the case ends when no member remains. 409 if the case or a member named already
     * ended, 422 for a member not of the case.
     */
    @Transactional
    public ApplicationView withdraw(UUID caseId, List<UUID> memberIds, LocalDate withdrawnOn, String reason,
                                    Trace trace) {
        Application application = load(caseId);
        List<UUID> left = application.withdraw(memberIds, withdrawnOn, reason, Instant.now(clock)).stream()
                .map(Member::id).toList();
        outbox.publish(new ApplicationWithdrawnV2(
                EventMetadata.create(ApplicationWithdrawnV2.class, caseId, trace, Instant.now(clock)), left,
                withdrawnOn));
        certificates.revoke(caseId, left, withdrawnOn, AsylumSeekerCertificateRevoked.Reason.WITHDRAWN, trace);
        applications.flush();
        return ApplicationView.of(application);
    }

    /** SNM reported the departure of members (null or empty: every member still in the procedure); as withdraw. */
    @Transactional
    public ApplicationView abandon(UUID caseId, List<UUID> memberIds, LocalDate departureDate, String borderPost,
                                   Trace trace) {
        Application application = load(caseId);
        List<UUID> left = application.abandon(memberIds, departureDate, borderPost, Instant.now(clock)).stream()
                .map(Member::id).toList();
        outbox.publish(new ApplicationAbandonedV2(
                EventMetadata.create(ApplicationAbandonedV2.class, caseId, trace, Instant.now(clock)), left,
                departureDate, DEPARTURE_REPORTER));
        certificates.revoke(caseId, left, departureDate, AsylumSeekerCertificateRevoked.Reason.ABANDONED, trace);
        applications.flush();
        return ApplicationView.of(application);
    }

    /**
     * The procedure concluded in another service for some members ({@code memberIds} null: every member still in
     * it): recognised, or a rejection that became final. Their certificates are revoked; the case is closed when no
     * member remains. Does nothing for an unknown case or members already ended (events replay).
     */
    @Transactional
    public void conclude(UUID caseId, List<UUID> memberIds, MemberStatus how, LocalDate on, String note,
                         Trace trace) {
        applications.findByIdOptional(caseId).ifPresent(a -> {
            List<UUID> concluded = a.conclude(memberIds, how, on, note, Instant.now(clock)).stream()
                    .map(Member::id).toList();
            certificates.revoke(caseId, concluded, on, AsylumSeekerCertificateRevoked.Reason.CASE_CLOSED, trace);
        });
    }

    /**
     * The final rejection of the members listed was reversed (a lapse undone: a paper filing received in time, or a
     * supervisor's reinstatement): they are in the procedure again, a case their rejection closed is open again, and
     * the asylum-seeker certificates it revoked are valid again. Members not finally rejected are left as they are
     * (events replay; a member who withdrew meanwhile stays out).
     */
    @Transactional
    public void reopenAfterReversal(UUID caseId, List<UUID> memberIds, LocalDate on, Trace trace) {
        applications.findByIdOptional(caseId).ifPresent(a -> {
            List<UUID> resumed = a.resumeAfterReversal(memberIds, "final rejection reversed on " + on,
                    Instant.now(clock)).stream().map(Member::id).toList();
            certificates.reinstateAfterReopening(caseId, resumed);
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
