package pa.gob.refugio.documents.workpermit;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.documents.Publish;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** Registration's fact of who is an adult, published as registration-service would, and waiting for its effect. */
public final class Registered {

    /** Publishes the registration of {@code adults} (adults first) then the other members as children. */
    public static void family(UUID caseId, List<UUID> members, int adults) {
        List<ApplicationRegistered.Member> listed = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            boolean adult = i < adults;
            listed.add(new ApplicationRegistered.Member(members.get(i),
                    i == 0 ? FamilyRole.PRINCIPAL : adult ? FamilyRole.SPOUSE_OR_PARTNER : FamilyRole.CHILD, adult,
                    false));
        }
        Publish.event(new ApplicationRegistered(Publish.metadata(ApplicationRegistered.class, caseId),
                "ONPAR-2026-" + caseId.toString().substring(0, 6), "ONPAR Balboa", LocalDate.now().minusDays(30),
                false, listed));
    }

    /** Waits until the document reads {@code eligible} (the registration is consumed on its own topic). */
    public static void awaitEligible(String documentNumber, boolean eligible) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Boolean now = given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/" + documentNumber)
                    .then().statusCode(200).extract().path("workPermitEligible");
            if (Boolean.valueOf(eligible).equals(now)) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("document " + documentNumber + " never read workPermitEligible=" + eligible);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Registered() {
    }
}
