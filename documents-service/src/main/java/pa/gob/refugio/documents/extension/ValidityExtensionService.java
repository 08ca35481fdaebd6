package pa.gob.refugio.documents.extension;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentRepository;
import pa.gob.refugio.documents.document.ValidityRules;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.documents.DocumentValidityExtended;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.Problem;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** Bulk extensions of validity by resolution (as ONPAR's resolution P-095-20 did). */
@ApplicationScoped
public class ValidityExtensionService {

    private static final Texts INVALID = Texts.of("La solicitud no es válida", "The request is not valid");

    private final ValidityExtensionRepository extensions;
    private final DocumentRepository documents;
    private final Outbox outbox;
    private final Clock clock;

    public ValidityExtensionService(ValidityExtensionRepository extensions, DocumentRepository documents,
                                    Outbox outbox, Clock clock) {
        this.extensions = extensions;
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ValidityExtensionView apply(ValidityExtensionRequest request, String officer, Trace trace) {
        if ((request.extendUntil() == null) == (request.extendByMonths() == null)) {
            throw ProblemException.of(400, "validation", INVALID,
                    Texts.of("indique exactamente uno de extendUntil o extendByMonths",
                            "give exactly one of extendUntil or extendByMonths"))
                    .with("errors", List.of(new Problem.FieldError("extendUntil",
                            "give exactly one of extendUntil or extendByMonths")));
        }
        if (request.expiringFrom() != null && !request.expiringFrom().isBefore(request.expiringBefore())) {
            throw ProblemException.of(400, "validation", INVALID,
                    Texts.of("expiringFrom debe ser anterior a expiringBefore",
                            "expiringFrom must be before expiringBefore"))
                    .with("errors", List.of(new Problem.FieldError("expiringFrom", "must be before expiringBefore")));
        }
        String resolution = request.resolution().strip();
        if (extensions.exists(resolution, request.kind())) {
            throw ProblemException.conflict("extension-already-recorded",
                    Texts.of("Resolución ya aplicada", "Resolution already applied"),
                    Texts.of("La resolución " + resolution + " ya se aplicó a los documentos " + request.kind(),
                            "Resolution " + resolution + " was already applied to " + request.kind() + " documents"))
                    .with("resolution", resolution);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        ValidityExtension extension = new ValidityExtension(resolution, request.kind(), request.expiringFrom(),
                request.expiringBefore(), request.extendUntil(), request.extendByMonths(), today, officer, now);
        extensions.persist(extension);
        extensions.flush();
        List<String> numbers = new ArrayList<>();
        for (Document d : documents.activeExpiringBefore(request.kind(), request.expiringFrom(),
                request.expiringBefore())) {
            LocalDate previous = d.validUntil();
            LocalDate extended = ValidityRules.extendedUntil(previous, request.extendUntil(),
                    request.extendByMonths());
            if (!extended.isAfter(previous)) {
                continue;
            }
            d.extendTo(extended);
            extensions.recordExtended(extension.id(), d.id(), previous, extended);
            numbers.add(d.documentNumber());
            outbox.publish(new DocumentValidityExtended(
                    EventMetadata.create(DocumentValidityExtended.class, d.caseId(), trace, now), extension.id(),
                    resolution, d.id(), d.documentNumber(), d.memberId(), previous, extended));
        }
        extension.extended(numbers.size());
        return ValidityExtensionView.of(extension, numbers);
    }

    @Transactional
    public ValidityExtensionView find(UUID extensionId) {
        ValidityExtension extension = extensions.findByIdOptional(extensionId)
                .orElseThrow(() -> ProblemException.notFound("Validity extension", extensionId));
        return ValidityExtensionView.of(extension, extensions.documentNumbersOf(extensionId));
    }
}
