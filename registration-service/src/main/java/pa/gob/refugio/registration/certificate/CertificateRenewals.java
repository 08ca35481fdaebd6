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
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRenewed;
import pa.gob.refugio.kit.audit.CaseScoped;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.application.Member;
import pa.gob.refugio.registration.application.MemberStatus;
import pa.gob.refugio.rules.validity.DocumentValidity;

/**
 * Renewal of asylum-seeker certificates while the member's procedure is open, and ONPAR's list of certificates about
 * to expire (issue 13).
 */
@ApplicationScoped
public class CertificateRenewals {

    private final EntityManager em;
    private final Outbox outbox;
    private final Certificates certificates;
    private final Clock clock;
    private final int validityMonths;

    public CertificateRenewals(EntityManager em, Outbox outbox, Certificates certificates, Clock clock,
                               @ConfigProperty(name = "refugio.registration.certificate-validity-months",
                                       defaultValue = "6") int validityMonths) {
        this.em = em;
        this.outbox = outbox;
        this.certificates = certificates;
        this.clock = clock;
        this.validityMonths = validityMonths;
    }

    /**
     * Renews the member's certificate for {@code certificate-validity-months} more months, starting the day after the
     * former last day (DocumentValidity.renewedLastDay: no gap, no overlap). 404 unknown member or certificate; 409 a
     * revoked certificate; 422 {@code certificate-renewal-procedure-ended} when the member's procedure has ended
     * (the certificate covers a person whose application is pending, and only while it is).
     */
    @Transactional
    public Certificates.CertificateView renew(UUID caseId, UUID memberId, String officer, Trace trace) {
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.application().id().equals(caseId)) {
            throw ProblemException.notFound("Member", memberId).with("caseId", caseId.toString());
        }
        Certificate c = certificates.ofCase(caseId).stream().filter(x -> x.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Certificate of member", memberId));
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!member.inProcedure()) {
            String ended = String.valueOf(member.endedOn());
            throw ProblemException.ruleViolated("certificate-renewal-procedure-ended",
                    Texts.of("El procedimiento del miembro terminó",
                            "The member's procedure has ended"),
                    Texts.of("El certificado de solicitante ampara a quien tiene su solicitud en trámite y solo se"
                                    + " renueva mientras lo está; el procedimiento de este miembro terminó el " + ended
                                    + " (" + member.procedureStatus() + ").",
                            "The asylum-seeker certificate covers a person whose application is pending and is"
                                    + " renewed only while it is; this member's procedure ended on " + ended + " ("
                                    + member.procedureStatus() + ")."))
                    .with("endedOn", ended).with("memberStatus", member.procedureStatus().name())
                    .with("certificateNumber", c.number());
        }
        if (c.revoked()) {
            throw ProblemException.conflict("certificate-revoked",
                    Texts.of("El certificado está revocado", "The certificate is revoked"),
                    Texts.of("El certificado " + c.number() + " fue revocado el " + c.revokedOn()
                                    + "; un certificado revocado no se renueva.",
                            "Certificate " + c.number() + " was revoked on " + c.revokedOn()
                                    + "; a revoked certificate is not renewed."))
                    .with("certificateNumber", c.number());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate former = c.validUntil();
        LocalDate from = DocumentValidity.renewalFirstDay(former);
        LocalDate until = DocumentValidity.renewedLastDay(former, validityMonths);
        c.renewUntil(until);
        em.persist(new CertificateRenewal(c.id(), former, from, until, today, officer));
        outbox.publish(new AsylumSeekerCertificateRenewed(
                EventMetadata.create(AsylumSeekerCertificateRenewed.class, caseId, trace, Instant.now(clock)),
                memberId, c.number(), from, until));
        em.flush();
        return certificates.view(c);
    }

    /**
     * Certificates in force (not revoked, member still in the procedure) whose last day is before {@code before},
     * soonest first, optionally of one intake site; expired ones whose member is still in the procedure included
     * (they need renewing most).
     */
    @Transactional
    public ExpiringPage expiring(LocalDate before, String site, int page, int size) {
        String where = " from Certificate c, Member m where m.id = c.memberId and c.status = 'ISSUED'"
                + " and m.procedureStatus = :inProcedure"
                + " and c.validUntil < :before" + (site == null ? "" : " and m.application.intakeSite = :site");
        var count = em.createQuery("select count(c)" + where, Long.class).setParameter("before", before)
                .setParameter("inProcedure", MemberStatus.IN_PROCEDURE);
        var rows = em.createQuery("select c, m.application.caseNumber, m.application.intakeSite" + where
                + " order by c.validUntil, c.number", Object[].class).setParameter("before", before)
                .setParameter("inProcedure", MemberStatus.IN_PROCEDURE)
                .setFirstResult(page * size).setMaxResults(size);
        if (site != null) {
            count.setParameter("site", site);
            rows.setParameter("site", site);
        }
        LocalDate today = LocalDate.now(clock);
        List<ExpiringCertificate> items = rows.getResultList().stream().map(r -> {
            Certificate c = (Certificate) r[0];
            return new ExpiringCertificate(c.number(), c.applicationId(), (String) r[1], c.memberId(), (String) r[2],
                    c.validFrom(), c.validUntil(), c.statusOn(today).name());
        }).toList();
        return new ExpiringPage(items, page, size, count.getSingleResult());
    }

    /** A certificate on ONPAR's expiry list (identifiers, site and dates; no names). */
    public record ExpiringCertificate(String number, UUID caseId, String caseNumber, UUID memberId, String intakeSite,
                                      LocalDate validFrom, LocalDate validUntil, String status) implements CaseScoped {
        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExpiringPage(List<ExpiringCertificate> items, int page, int size, long total) {
    }
}
