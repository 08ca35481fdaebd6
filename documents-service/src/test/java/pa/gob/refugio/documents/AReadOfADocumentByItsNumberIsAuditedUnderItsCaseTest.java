package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** Issue 11, item 5: reading a document by its number (no case in the path) shows in the audit of its case. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AReadOfADocumentByItsNumberIsAuditedUnderItsCaseTest {

    @Test
    void oversightFindsTheReadByTheCase() {
        UUID caseId = UUID.randomUUID();
        ApplicationAdmitted admitted = new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                UUID.randomUUID(), List.of(UUID.randomUUID()), LocalDate.now(PanamaClock.PANAMA).minusDays(1));
        String number;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(admitted);
            number = log.await(ProvisionalIdIssued.class, caseId, 1, Duration.ofSeconds(60)).get(0).documentNumber();
        }

        given().auth().oauth2(Tokens.of(Roles.SNM)).header("X-Purpose", "checkpoint check")
                .get("/api/v1/documents/" + number).then().statusCode(200);

        List<Map<String, Object>> reads = given().auth().oauth2(Tokens.of(Roles.OVERSIGHT))
                .queryParam("caseId", caseId.toString()).get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("items");
        Map<String, Object> read = reads.stream()
                .filter(e -> "/api/v1/documents/{documentNumber}".equals(e.get("pathTemplate"))).findFirst()
                .orElseThrow(() -> new AssertionError("no audited read of the document under its case: " + reads));
        assertEquals(caseId.toString(), read.get("caseId"));
        assertEquals("/api/v1/documents/" + number, read.get("path"));
        assertEquals("test-snm", read.get("subject"));
        assertEquals("checkpoint check", read.get("purpose"));
        assertEquals(200, read.get("status"));
    }
}
