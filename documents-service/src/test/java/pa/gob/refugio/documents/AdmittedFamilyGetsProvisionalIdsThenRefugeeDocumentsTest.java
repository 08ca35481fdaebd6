package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.workpermit.Registered;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentSuperseded;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.rules.validity.DocumentValidity;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AdmittedFamilyGetsProvisionalIdsThenRefugeeDocumentsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static List<UUID> family(int size) {
        return Stream.generate(UUID::randomUUID).limit(size).toList();
    }

    static JsonPath documentsOf(UUID caseId) {
        return given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().get("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void admissionIssuesOneProvisionalIdPerMemberOnceAndRecognitionSupersedesThem() {
        UUID caseId = UUID.randomUUID();
        List<UUID> members = family(4);
        LocalDate admittedOn = LocalDate.now(PanamaClock.PANAMA).minusDays(3);
        ApplicationAdmitted admitted = new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                UUID.randomUUID(), members, admittedOn);

        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Registered.family(caseId, members, 4); // all adults: of working age
            Publish.event(admitted);
            List<ProvisionalIdIssued> issued = log.await(ProvisionalIdIssued.class, caseId, 4, WAIT);
            assertEquals(Set.copyOf(members), issued.stream().map(ProvisionalIdIssued::memberId)
                    .collect(Collectors.toSet()));
            for (ProvisionalIdIssued id : issued) {
                assertEquals(admittedOn, id.validFrom());
                assertEquals(DocumentValidity.lastDay(admittedOn, 6), id.validUntil());
                assertTrue(id.documentNumber().matches("SP-\\d{4}-[0-9A-HJKMNP-TV-Z]{9}"), id.documentNumber());
                assertEquals(admitted.eventId(), id.metadata().causationId());
                assertEquals(admitted.metadata().correlationId(), id.metadata().correlationId());
            }

            JsonPath provisional = documentsOf(caseId);
            assertEquals(4, provisional.getList("$").size());
            assertEquals(List.of("VALID"), provisional.getList("status").stream().distinct().toList());
            assertEquals(List.of("PROVISIONAL_ID"), provisional.getList("kind").stream().distinct().toList());
            issued.forEach(id -> Registered.awaitEligible(id.documentNumber(), true)); // adults, in force

            // the same record redelivered, and the admission republished under a new event id: nothing more
            Publish.event(admitted);
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    admitted.decisionId(), members, admittedOn));

            LocalDate recognisedOn = LocalDate.now(PanamaClock.PANAMA);
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    members, "1951 Convention, art. 5 of Executive Decree 5 of 2018", recognisedOn));
            List<RefugeeDocumentIssued> refugee = log.await(RefugeeDocumentIssued.class, caseId, 4, WAIT);
            List<DocumentSuperseded> superseded = log.await(DocumentSuperseded.class, caseId, 4, WAIT);
            assertEquals(4, log.matching(ProvisionalIdIssued.class, e -> e.caseId().equals(caseId)).size(),
                    "no provisional ID issued twice");
            for (RefugeeDocumentIssued document : refugee) {
                assertEquals(DocumentValidity.lastDay(recognisedOn, 12), document.validUntil());
                assertTrue(document.documentNumber().matches("RF-\\d{4}-[0-9A-HJKMNP-TV-Z]{9}"), document.documentNumber());
            }
            Map<UUID, UUID> refugeeByMember = refugee.stream()
                    .collect(Collectors.toMap(RefugeeDocumentIssued::memberId, RefugeeDocumentIssued::documentId));
            for (DocumentSuperseded s : superseded) {
                assertEquals(refugeeByMember.get(s.memberId()), s.supersededBy());
            }

            JsonPath all = documentsOf(caseId);
            assertEquals(8, all.getList("$").size());
            assertEquals(List.of("SUPERSEDED"),
                    all.getList("findAll { it.kind == 'PROVISIONAL_ID' }.status").stream().distinct().toList());
            assertEquals(List.of("VALID"),
                    all.getList("findAll { it.kind == 'REFUGEE_DOCUMENT' }.status").stream().distinct().toList());
            assertEquals(4, all.getList("findAll { it.kind == 'REFUGEE_DOCUMENT' }").size());

            // a checkpoint officer, without any token, scans the QR: valid or not, and nothing of the outcome
            String oldNumber = issued.get(0).documentNumber();
            Checkpoint.assertNotValid(oldNumber);
            Map<String, Object> verified = Checkpoint.assertValid(refugee.get(0).documentNumber())
                    .body("kind", equalTo("REFUGEE_DOCUMENT"))
                    .body("validUntil", equalTo(DocumentValidity.lastDay(recognisedOn, 12).toString()))
                    .extract().jsonPath().getMap("$");
            assertEquals(Set.of("valid", "kind", "validUntil"), verified.keySet());
        }
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheNextRecordIsStillProcessed() {
        UUID caseId = UUID.randomUUID();
        Publish.raw(Topics.DECISION, caseId.toString(), EventCatalog.cloudEventType(ApplicationAdmitted.class),
                UUID.randomUUID().toString(), "{\"this is\": not an event");
        Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId), UUID.randomUUID(),
                family(1), LocalDate.now(PanamaClock.PANAMA)));
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            log.awaitOne(ProvisionalIdIssued.class, caseId);
        }
        assertEquals(1, Publish.awaitRecords("documents-service.dlq", caseId.toString(), 1, WAIT).size());
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(200).body("$", hasSize(1)).body("status", everyItem(equalTo("VALID")));
    }


    @Test
    void caseDocumentsAreForSnmAndOnparOnly() {
        UUID unknown = UUID.randomUUID();
        given().when().get("/api/v1/cases/" + unknown + "/documents")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).when().get("/api/v1/cases/" + unknown + "/documents")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when().get("/api/v1/cases/" + unknown + "/documents")
                .then().statusCode(403);
        for (String role : List.of(Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/cases/" + unknown + "/documents")
                    .then().statusCode(200).body("$", hasSize(0));
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/verification/{token}"));
        assertTrue(openapi.contains("/api/v1/validity-extensions"));
    }
}
