package pa.gob.refugio.registration.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateIssued;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.kit.numbering.RandomNumbers;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.file.MemberFiles;
import pa.gob.refugio.registration.file.UploadRules.FileKind;
import pa.gob.refugio.rules.validity.DocumentValidity;

/** Issues, revokes, verifies and prints asylum-seeker certificates. */
@ApplicationScoped
public class Certificates {

    private final EntityManager em;
    private final Outbox outbox;
    private final MemberFiles files;
    private final Clock clock;
    private final CertificateSigning signing;
    private final int validityMonths;
    private final String verificationUrl;

    public Certificates(EntityManager em, Outbox outbox, MemberFiles files, Clock clock,
                        CertificateSigning signing,
                        @ConfigProperty(name = "refugio.registration.certificate-validity-months", defaultValue = "6")
                        int validityMonths,
                        @ConfigProperty(name = "refugio.registration.certificate-verification-url") String verificationUrl) {
        this.em = em;
        this.outbox = outbox;
        this.files = files;
        this.clock = clock;
        this.signing = signing;
        if (validityMonths <= 0) {
            throw new IllegalArgumentException(
                    "refugio.registration.certificate-validity-months must be positive: " + validityMonths);
        }
        this.validityMonths = validityMonths;
        this.verificationUrl = verificationUrl;
    }

    /**
     * One certificate per member, valid from the filing date for {@code certificate-validity-months} months counted
     * from date to date, the one validity arithmetic of every document ({@link DocumentValidity}: filed on
     * 30 November, valid through 29 May); inside the registration's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CertificateView> issue(UUID caseId, List<Member> members, LocalDate validFrom, Trace trace) {
        LocalDate validUntil = validUntil(validFrom, validityMonths);
        java.util.Iterator<String> next = newNumbers(validFrom.getYear(), members.size()).iterator();
        return members.stream().map(m -> {
            String number = next.next();
            Certificate c = Certificate.issue(number, caseId, m.id(), validFrom, validUntil);
            em.persist(c);
            outbox.publish(new AsylumSeekerCertificateIssued(
                    EventMetadata.create(AsylumSeekerCertificateIssued.class, caseId, trace, Instant.now(clock)),
                    m.id(), number, validFrom, validUntil));
            return view(c);
        }).toList();
    }

    /**
     * The last day of a certificate valid from {@code validFrom} for {@code months} months ({@link DocumentValidity}).
     */
    static LocalDate validUntil(LocalDate validFrom, int months) {
        return DocumentValidity.lastDay(validFrom, months);
    }

    /** Revokes every certificate of an ended case, one event each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(UUID caseId, LocalDate on, AsylumSeekerCertificateRevoked.Reason reason, Trace trace) {
        revoke(caseId, null, on, reason, trace);
    }

    /** Revokes the certificates of the members listed (null: all of the case), whose procedure ended; one event each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(UUID caseId, List<UUID> memberIds, LocalDate on, AsylumSeekerCertificateRevoked.Reason reason,
                       Trace trace) {
        for (Certificate c : ofCase(caseId)) {
            if (memberIds != null && !memberIds.contains(c.memberId())) {
                continue;
            }
            if (c.revoke(on, reason.name())) {
                outbox.publish(new AsylumSeekerCertificateRevoked(
                        EventMetadata.create(AsylumSeekerCertificateRevoked.class, caseId, trace, Instant.now(clock)),
                        c.memberId(), c.number(), on, reason));
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The case reopened: certificates revoked because it had closed are valid again (until their own last day). */
    public void reinstateAfterReopening(UUID caseId, List<UUID> memberIds) {
        ofCase(caseId).stream().filter(c -> memberIds.contains(c.memberId()))
                .forEach(Certificate::reinstateAfterReopening);
    }

    public List<Certificate> ofCase(UUID caseId) {
        return em.createQuery("from Certificate where applicationId = ?1 order by number", Certificate.class)
                .setParameter(1, caseId).getResultList();
    }

    /**
     * New certificate numbers {@code SA-<year>-<8 random Crockford base32 characters><check>} (kit numbering
     * {@link RandomNumbers}): drawn, checked against the table in one round trip (no flush: see TransactionSql),
     * any taken one drawn again; the unique constraint on {@code certificate.number} guards the rest. Numbers issued
     * before in the sequential form ({@code SA-2026-0000001}) stay valid.
     */
    private List<String> newNumbers(int year, int count) {
        if (count == 0) {
            return List.of();
        }
        for (int attempt = 0; attempt < RandomNumbers.ATTEMPTS; attempt++) {
            java.util.Set<String> drawn = new java.util.LinkedHashSet<>();
            while (drawn.size() < count) {
                drawn.add(RandomNumbers.next("SA", year));
            }
            List<String> taken = TransactionSql.column(em, String.class, "select number from certificate where number in ("
                    + String.join(",", java.util.Collections.nCopies(count, "?")) + ")", drawn.toArray());
            if (taken.isEmpty()) {
                return List.copyOf(drawn);
            }
        }
        throw new IllegalStateException("No free certificate numbers after " + RandomNumbers.ATTEMPTS + " attempts");
    }

    /**
     * The public answer for a QR token: valid (with the kind and last day) for a genuine token of a certificate in
     * force today; the one same "not valid" for anything else (unknown, forged, revoked, expired), never a 404.
     */
    @Transactional
    public Verification verify(String token) {
        LocalDate today = LocalDate.now(clock);
        return signing.certificateNumberOf(token)
                .flatMap(number -> em.createQuery("from Certificate where number = ?1", Certificate.class)
                        .setParameter(1, number).getResultStream().findFirst())
                .filter(c -> c.statusOn(today) == CertificateValidity.Status.VALID)
                .map(c -> new Verification(true, KIND, c.validUntil()))
                .orElse(Verification.NOT_VALID);
    }

    /** The printable certificate of a member; 422 while the member has no photograph. */
    @Transactional
    public byte[] pdf(UUID caseId, UUID memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.application().id().equals(caseId)) {
            throw ProblemException.notFound("Member", memberId).with("caseId", caseId.toString());
        }
        Certificate c = ofCase(caseId).stream().filter(x -> x.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Certificate of member", memberId));
        if (c.revoked()) {
            throw ProblemException.illegalTransition("Certificate " + c.number(), "REVOKED", "printed");
        }
        byte[] photo = files.find(memberId, FileKind.PHOTO).map(f -> f.content()).orElseThrow(() ->
                ProblemException.ruleViolated("photo-missing",
                        Texts.of("El certificado necesita una fotografía", "The certificate needs a photograph"),
                        Texts.of("Suba primero la fotografía del miembro (PUT .../members/" + memberId + "/photo)",
                                "Upload the member's photograph (PUT .../members/" + memberId + "/photo) first")));
        return CertificatePdf.render(new CertificatePdf.Card(member.application().caseNumber(), c.number(),
                member.givenNames(), member.familyNames(), member.dateOfBirth(), member.nationalities(),
                c.validFrom(), c.validUntil(), qrText(c), photo));
    }

    /** What the QR code holds: the verification address followed by the seal (CertificateSigning). */
    public String qrText(Certificate c) {
        return verificationUrl + signing.sealOf(c);
    }

    public CertificateView view(Certificate c) {
        return new CertificateView(c.number(), c.memberId(), c.validFrom(), c.validUntil(),
                c.statusOn(LocalDate.now(clock)).name(), signing.sealOf(c));
    }

    /**
     * A certificate as ONPAR reads it; {@code token} is what the QR code carries after the verification address: the
     * Ed25519 seal (CertificateSigning), verifiable offline.
     */
    public record CertificateView(String number, UUID memberId, LocalDate validFrom, LocalDate validUntil,
                                  String status, String token) {
    }

    /** What a checkpoint needs to tell a certificate in force: the kind of document. */
    public static final String KIND = "ASYLUM_SEEKER_CERTIFICATE";

    /**
     * The only facts a public verifier gets: {@code {"valid": true, "kind", "validUntil"}}, or {@code {"valid": false}}
     * alike whatever the reason; the same shape as documents-service's verification.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verification(boolean valid, String kind, LocalDate validUntil) {
        public static final Verification NOT_VALID = new Verification(false, null, null);
    }
}
