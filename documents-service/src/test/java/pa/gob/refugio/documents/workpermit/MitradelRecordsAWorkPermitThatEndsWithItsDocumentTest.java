package pa.gob.refugio.documents.workpermit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.Publish;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.documents.WorkPermitEnded;
import pa.gob.refugio.events.documents.WorkPermitRecorded;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class MitradelRecordsAWorkPermitThatEndsWithItsDocumentTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static ValidatableResponse record(String documentNumber, String role, String permitNumber, LocalDate from,
                                      LocalDate until) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json")
                .header("Accept-Language", "es")
                .body("""
                        {"permitNumber": "%s", "validFrom": "%s", "validUntil": "%s"}"""
                        .formatted(permitNumber, from, until))
                .when().post("/api/v1/documents/" + documentNumber + "/work-permits").then();
    }

    static String permitNumber() {
        return "MITRADEL-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An adult and a child registered, then admitted: their provisional IDs by member. */
    static Map<UUID, ProvisionalIdIssued> admittedFamily(UUID caseId, List<UUID> members, LocalDate on, EventLog log) {
        Registered.family(caseId, members, 1);
        Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId), UUID.randomUUID(),
                members, on));
        return log.await(ProvisionalIdIssued.class, caseId, members.size(), WAIT).stream()
                .collect(Collectors.toMap(ProvisionalIdIssued::memberId, e -> e));
    }

    @Test
    void anAdultsPermitIsRecordedWithinTheDocumentAndEndsWhenRecognitionSupersedesIt() {
        UUID caseId = UUID.randomUUID();
        List<UUID> members = Stream.generate(UUID::randomUUID).limit(2).toList();
        LocalDate today = LocalDate.now(PanamaClock.PANAMA);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Map<UUID, ProvisionalIdIssued> ids = admittedFamily(caseId, members, today.minusDays(10), log);
            ProvisionalIdIssued adult = ids.get(members.get(0));
            ProvisionalIdIssued child = ids.get(members.get(1));
            Registered.awaitEligible(adult.documentNumber(), true);
            Registered.awaitEligible(child.documentNumber(), false);

            String number = permitNumber();
            record(adult.documentNumber(), Roles.SNM, number, today, adult.validUntil()).statusCode(403);
            record(adult.documentNumber(), Roles.MITRADEL, number, today, adult.validUntil().plusDays(1))
                    .statusCode(422)
                    .body("type", containsString("work-permit-beyond-document"))
                    .body("deadline", equalTo(adult.validUntil().toString()))
                    .body("detail", containsString("a más tardar"));
            record(child.documentNumber(), Roles.MITRADEL, permitNumber(), today, child.validUntil())
                    .statusCode(422)
                    .body("type", containsString("work-permit-minimum-age"))
                    .body("minimumAge", equalTo(18));

            record(adult.documentNumber(), Roles.MITRADEL, number, today, adult.validUntil())
                    .statusCode(201)
                    .body("permitNumber", equalTo(number))
                    .body("memberId", equalTo(members.get(0).toString()))
                    .body("status", equalTo("IN_FORCE"));
            WorkPermitRecorded recorded = log.awaitOne(WorkPermitRecorded.class, caseId);
            assertEquals(number, recorded.permitNumber());
            assertEquals(adult.validUntil(), recorded.validUntil());
            record(adult.documentNumber(), Roles.MITRADEL, number, today, adult.validUntil()).statusCode(409)
                    .body("type", containsString("work-permit-number-taken"));
            record(adult.documentNumber(), Roles.MITRADEL, permitNumber(), today, adult.validUntil()).statusCode(409)
                    .body("type", containsString("work-permit-already-in-force"));

            LocalDate recognisedOn = today;
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    members, "1951 Convention", recognisedOn));
            log.await(RefugeeDocumentIssued.class, caseId, 2, WAIT);
            WorkPermitEnded ended = log.awaitOne(WorkPermitEnded.class, caseId);
            assertEquals(number, ended.permitNumber());
            assertEquals(recognisedOn, ended.endedOn());
            given().auth().oauth2(Tokens.of(Roles.SNM))
                    .when().get("/api/v1/documents/" + adult.documentNumber() + "/work-permits")
                    .then().statusCode(200)
                    .body("[0].status", equalTo("ENDED"))
                    .body("[0].endedOn", equalTo(recognisedOn.toString()));
            record(adult.documentNumber(), Roles.MITRADEL, permitNumber(), today, adult.validUntil())
                    .statusCode(422).body("type", containsString("work-permit-document-not-in-force"));
        }
    }

    @Test
    void aRevokedProvisionalIdEndsItsPermitTheDayItIsRevoked() {
        UUID caseId = UUID.randomUUID();
        List<UUID> members = Stream.generate(UUID::randomUUID).limit(2).toList();
        LocalDate today = LocalDate.now(PanamaClock.PANAMA);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            ProvisionalIdIssued adult = admittedFamily(caseId, members, today.minusDays(20), log)
                    .get(members.get(0));
            Registered.awaitEligible(adult.documentNumber(), true);
            String number = permitNumber();
            record(adult.documentNumber(), Roles.MITRADEL, number, today.minusDays(5), adult.validUntil())
                    .statusCode(201);

            LocalDate withdrawnOn = today.minusDays(1);
            Publish.event(new ApplicationWithdrawnV2(Publish.metadata(ApplicationWithdrawnV2.class, caseId),
                    List.of(members.get(0)), withdrawnOn));
            WorkPermitEnded ended = log.awaitOne(WorkPermitEnded.class, caseId);
            assertEquals(number, ended.permitNumber());
            assertEquals(withdrawnOn, ended.endedOn());
            Registered.awaitEligible(adult.documentNumber(), false);
        }
    }
}
