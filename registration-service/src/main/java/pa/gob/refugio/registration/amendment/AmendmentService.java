package pa.gob.refugio.registration.amendment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.web.Etags;
import pa.gob.refugio.registration.amendment.AmendmentRequests.AddMember;
import pa.gob.refugio.registration.amendment.AmendmentRequests.Correction;
import pa.gob.refugio.registration.amendment.AmendmentRequests.Evidence;
import pa.gob.refugio.registration.amendment.AmendmentViews.Added;
import pa.gob.refugio.registration.amendment.AmendmentViews.Corrected;
import pa.gob.refugio.registration.amendment.AmendmentViews.VersionView;
import pa.gob.refugio.registration.amendment.AmendmentViews.Versions;
import pa.gob.refugio.registration.application.Application;
import pa.gob.refugio.registration.application.ApplicationRepository;
import pa.gob.refugio.registration.application.ApplicationView;
import pa.gob.refugio.registration.application.IdentityDocumentType;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.application.MemberIdentity;
import pa.gob.refugio.registration.application.NewMember;
import pa.gob.refugio.registration.certificate.Certificates;
import pa.gob.refugio.registration.duplicate.DuplicateFinder;
import pa.gob.refugio.registration.duplicate.DuplicateFinder.ExistingCase;
import pa.gob.refugio.registration.duplicate.SearchKeys.Key;
import pa.gob.refugio.registration.file.MemberFile;
import pa.gob.refugio.registration.file.MemberFiles;
import pa.gob.refugio.registration.partner.CaseLink;
import pa.gob.refugio.registration.search.SearchIndex;

/**
 * Amendments to a registered family (issue 13): a member's identity data corrected, a member added. One transaction
 * each; the event in the outbox in the same transaction. Every version of a member's identity data is kept
 * ({@link MemberVersion}); the member holds the latest. After a correction the search index holds the corrected
 * names only (a search by the misspelt name no longer finds the person), while the duplicate-search keys of every
 * version are kept (a person registering again with the old papers is still reported as a possible duplicate).
 */
@ApplicationScoped
public class AmendmentService {

    private final ApplicationRepository applications;
    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final DuplicateFinder duplicates;
    private final SearchIndex searchIndex;
    private final MemberFiles files;
    private final Certificates certificates;
    private final Event<CaseLink.ChildAloneRegistered> childrenAlone;
    private final ObjectMapper json;

    public AmendmentService(ApplicationRepository applications, EntityManager em, Outbox outbox, Clock clock,
                            DuplicateFinder duplicates, SearchIndex searchIndex, MemberFiles files,
                            Certificates certificates, Event<CaseLink.ChildAloneRegistered> childrenAlone,
                            ObjectMapper json) {
        this.json = json;
        this.applications = applications;
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.duplicates = duplicates;
        this.searchIndex = searchIndex;
        this.files = files;
        this.certificates = certificates;
        this.childrenAlone = childrenAlone;
    }

    /**
     * Corrects a member's identity data. {@code If-Match} names the member's data version (its ETag, from
     * {@code GET .../versions}): 428 without it, 412 when stale. The new version, the reason and the evidence are
     * kept; the search index and the duplicate keys follow; {@code MemberDataCorrected} names the fields changed.
     */
    @Transactional
    public Corrected correct(UUID caseId, UUID memberId, String ifMatch, Correction request, String officer,
                             Trace trace) {
        Application application = load(caseId);
        Member member = application.member(memberId);
        Etags.requireMatch(ifMatch, member.dataVersion());
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // two corrections at once: one 409s
        Evidence evidence = checkEvidence(memberId, request.evidence());
        MemberIdentity before = member.identity();
        if (versionsOf(memberId).isEmpty()) { // registered before amendments existed: keep the first version too
            em.persist(new MemberVersion(memberId, caseId, member.dataVersion(), MemberVersion.Change.REGISTERED,
                    List.of(), json(before), null, null, application.registeredBy(), application.registeredAt()));
        }
        MemberIdentity next = merge(before, request);
        List<String> changed = application.correctMember(memberId, next, request.responsibleMemberId(),
                request.childAlone());
        Instant now = Instant.now(clock);
        MemberVersion version = new MemberVersion(memberId, caseId, member.dataVersion(),
                MemberVersion.Change.CORRECTED, changed, json(member.identity()), request.reasonCode().name(),
                request.reason(), officer, now);
        if (evidence.uploadedFile() != null) {
            MemberFile file = files.find(memberId, evidence.uploadedFile()).orElseThrow();
            version.evidencedByFile(evidence.uploadedFile().name(), file.sha256());
        } else {
            version.evidencedByDocument(evidence.documentType().strip(), evidence.documentNumber());
        }
        em.persist(version);
        applications.flush();
        searchIndex.reindex(caseId, member); // the corrected names only
        duplicates.store(caseId, memberId, keysOf(member)); // added to the keys of the earlier versions
        boolean adult = member.isAdultOn(application.filedOn());
        outbox.publish(new MemberDataCorrected(EventMetadata.create(MemberDataCorrected.class, caseId, trace, now),
                memberId, changed, member.dataVersion(), request.reasonCode(), adult));
        return new Corrected(ApplicationView.of(application), memberId, member.dataVersion(), changed);
    }

    /**
     * Adds a member to a registered family, with registration's rules ({@link Application#addMember}); the duplicate
     * finder runs as at registration: the same person already in this case is refused (409
     * {@code member-already-exists}), one in another case needs {@code confirmNotDuplicate} (409
     * {@code possible-duplicate}). The member gets an asylum-seeker certificate; {@code MemberAdded} is published.
     */
    @Transactional
    public Added add(UUID caseId, AddMember request, String officer, Trace trace) {
        Application application = load(caseId);
        em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDate today = LocalDate.now(clock);
        NewMember person = request.toNewMember();
        List<Key> keys = duplicates.keysOf(person.documentType() == null ? null : person.documentType().name(),
                person.documentNumber(), person.documentCountry(), person.givenNames(), person.familyNames(),
                person.dateOfBirth(), person.nationalities());
        Member member = application.addMember(person, request.responsibleMemberId(), today);
        List<ExistingCase> existing = duplicates.find(List.of(keys));
        if (existing.stream().anyMatch(e -> e.caseId().equals(caseId))) {
            throw ProblemException.conflict("member-already-exists",
                            Texts.of("La persona ya es miembro del caso", "The person is already a member of the case"),
                            Texts.of("Una persona del caso " + application.caseNumber() + " tiene el mismo documento "
                                            + "de identidad o los mismos nombres, fecha de nacimiento y nacionalidad: "
                                            + "corrija sus datos en lugar de añadirla otra vez",
                                    "A person of case " + application.caseNumber() + " has the same identity "
                                            + "document or the same names, date of birth and nationality: correct "
                                            + "their data instead of adding them again"))
                    .with("caseNumber", application.caseNumber());
        }
        if (!existing.isEmpty() && !Boolean.TRUE.equals(request.confirmNotDuplicate())) {
            throw ProblemException.conflict("possible-duplicate",
                            Texts.of("Posible registro duplicado", "Possible duplicate registration"),
                            Texts.of("La persona coincide con " + existing.size() + " caso(s) existente(s): "
                                            + String.join(", ", existing.stream().map(ExistingCase::caseNumber).toList())
                                            + ". Verifíquelo con la persona; si es otra, envíe de nuevo con "
                                            + "\"confirmNotDuplicate\": true",
                                    "The person matches " + existing.size() + " existing case(s): "
                                            + String.join(", ", existing.stream().map(ExistingCase::caseNumber).toList())
                                            + ". Check with the person; if they are someone else, send again with "
                                            + "\"confirmNotDuplicate\": true"))
                    .with("existingCases", existing);
        }
        applications.flush();
        Instant now = Instant.now(clock);
        em.persist(new MemberVersion(member.id(), caseId, member.dataVersion(), MemberVersion.Change.ADDED,
                List.of(), json(member.identity()), request.reasonCode().name(), request.reason(), officer, now));
        duplicates.store(caseId, member.id(), keys);
        searchIndex.index(caseId, member);
        boolean adult = member.isAdultOn(today);
        outbox.publish(new MemberAdded(EventMetadata.create(MemberAdded.class, caseId, trace, now), member.id(),
                member.familyRole(), adult, member.unaccompaniedChild(), !member.specificNeeds().isEmpty(),
                request.reasonCode(), member.responsibleMemberId()));
        if (member.childAlone() != null) {
            childrenAlone.fire(new CaseLink.ChildAloneRegistered(caseId, member.id(), member.childAlone().name(),
                    officer));
        }
        List<Certificates.CertificateView> issued = certificates.issue(caseId, List.of(member), today, trace);
        return new Added(ApplicationView.of(application), member.id(), issued.isEmpty() ? null : issued.get(0),
                existing);
    }

    /** Every version of a member's identity data, oldest first, and the member's current data version. */
    @Transactional
    public Versions versions(UUID caseId, UUID memberId) {
        Application application = load(caseId);
        Member member = application.member(memberId);
        List<MemberVersion> stored = versionsOf(memberId);
        List<VersionView> views = new ArrayList<>();
        if (stored.isEmpty()) { // never amended: the registration is the one version
            views.add(new VersionView(member.dataVersion(), MemberVersion.Change.REGISTERED.name(), List.of(),
                    AmendmentViews.IdentityView.of(member.identity()), null, null, null,
                    application.registeredBy(), application.registeredAt()));
        }
        for (MemberVersion v : stored) {
            views.add(VersionView.of(v, read(v.identityJson())));
        }
        return new Versions(caseId, memberId, member.dataVersion(), views);
    }

    private List<MemberVersion> versionsOf(UUID memberId) {
        return em.createQuery("from MemberVersion v where v.memberId = :m order by v.version", MemberVersion.class)
                .setParameter("m", memberId).getResultList();
    }

    /** The evidence must be exactly one of an upload of the member (stored now) or an identity document. */
    private Evidence checkEvidence(UUID memberId, Evidence evidence) {
        boolean file = evidence.uploadedFile() != null;
        boolean document = evidence.documentType() != null && !evidence.documentType().isBlank()
                && evidence.documentNumber() != null && !evidence.documentNumber().isBlank();
        if (file == document) {
            throw ProblemException.ruleViolated("evidence-required",
                            Texts.of("Falta la prueba de la corrección", "The correction needs its evidence"),
                            Texts.of("Indique una sola prueba: un archivo subido del miembro (uploadedFile) o un "
                                            + "documento de identidad (documentType y documentNumber)",
                                    "Name exactly one evidence: an upload of the member (uploadedFile) or an "
                                            + "identity document (documentType and documentNumber)"))
                    .with("field", "evidence");
        }
        if (file && files.find(memberId, evidence.uploadedFile()).isEmpty()) {
            throw ProblemException.ruleViolated("evidence-not-uploaded",
                            Texts.of("El archivo de prueba no está subido", "The evidence file is not uploaded"),
                            Texts.of("El miembro no tiene archivo " + evidence.uploadedFile() + ": súbalo antes",
                                    "The member has no " + evidence.uploadedFile() + " upload: upload it first"))
                    .with("field", "evidence.uploadedFile");
        }
        return evidence;
    }

    private static MemberIdentity merge(MemberIdentity before, Correction c) {
        return new MemberIdentity(
                c.givenNames() != null ? c.givenNames().strip() : before.givenNames(),
                c.familyNames() != null ? c.familyNames().strip() : before.familyNames(),
                c.sex() != null ? c.sex() : before.sex(),
                c.dateOfBirth() != null ? c.dateOfBirth() : before.dateOfBirth(),
                c.nationalities() != null ? c.nationalities() : before.nationalities(),
                c.identityDocument() != null ? c.identityDocument().type() : before.documentType(),
                c.identityDocument() != null ? c.identityDocument().number().strip() : before.documentNumber(),
                c.identityDocument() != null ? c.identityDocument().issuingCountry() : before.documentCountry());
    }

    private List<Key> keysOf(Member m) {
        IdentityDocumentType type = m.idDocumentType();
        return duplicates.keysOf(type == null ? null : type.name(), m.idDocumentNumber(), m.idDocumentCountry(),
                m.givenNames(), m.familyNames(), m.dateOfBirth(), m.nationalities());
    }

    private Application load(UUID caseId) {
        return applications.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Application", caseId));
    }

    private String json(MemberIdentity identity) {
        try {
            return json.writeValueAsString(identity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MemberIdentity read(String text) {
        try {
            return json.readValue(text, MemberIdentity.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("member_version.identity unreadable", e);
        }
    }
}
