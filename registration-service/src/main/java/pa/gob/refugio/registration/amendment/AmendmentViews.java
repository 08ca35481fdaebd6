package pa.gob.refugio.registration.amendment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.registration.application.ApplicationView;
import pa.gob.refugio.registration.application.IdentityDocumentType;
import pa.gob.refugio.registration.application.MemberIdentity;
import pa.gob.refugio.registration.certificate.Certificates;
import pa.gob.refugio.registration.duplicate.DuplicateFinder;

/** What the amendment endpoints answer. */
public final class AmendmentViews {

    private AmendmentViews() {
    }

    /** The application after the correction, the member's new data version (its ETag) and the fields changed. */
    public record Corrected(ApplicationView application, UUID memberId, int version, List<String> fieldsChanged) {
    }

    /** The application with the member added, the new member's id and certificate, the duplicates confirmed. */
    public record Added(ApplicationView application, UUID memberId, Certificates.CertificateView certificate,
                        List<DuplicateFinder.ExistingCase> confirmedNotDuplicates) {
    }

    /** Every version of a member's identity data, oldest first; {@code currentVersion} is the member's ETag. */
    public record Versions(UUID caseId, UUID memberId, int currentVersion, List<VersionView> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(int version, String change, List<String> fieldsChanged, IdentityView identity,
                              String reasonCode, String reason, EvidenceView evidence, String recordedBy,
                              Instant recordedAt) {

        static VersionView of(MemberVersion v, MemberIdentity identity) {
            EvidenceView evidence = v.evidenceFileKind() != null
                    ? new EvidenceView(v.evidenceFileKind(), v.evidenceFileSha256(), null, null)
                    : v.evidenceDocumentType() != null
                    ? new EvidenceView(null, null, v.evidenceDocumentType(), v.evidenceDocumentNumber())
                    : null;
            return new VersionView(v.version(), v.change().name(), v.fieldsChanged(), IdentityView.of(identity),
                    v.reasonCode(), v.reason(), evidence, v.recordedBy(), v.recordedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdentityView(String givenNames, String familyNames, String sex, LocalDate dateOfBirth,
                               List<String> nationalities, IdentityDocumentView identityDocument) {

        static IdentityView of(MemberIdentity i) {
            return new IdentityView(i.givenNames(), i.familyNames(), i.sex(), i.dateOfBirth(), i.nationalities(),
                    i.documentType() == null ? null
                            : new IdentityDocumentView(i.documentType(), i.documentNumber(), i.documentCountry()));
        }
    }

    public record IdentityDocumentView(IdentityDocumentType type, String number, String issuingCountry) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvidenceView(String uploadedFile, String sha256, String documentType, String documentNumber) {
    }
}
