package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.testing.Tokens;

/** Reads a whole worklist (every page) and registers families with children alone or specific needs. */
final class Worklists {

    /** Every item of the worklist at {@code path}, page after page (size 100). */
    static List<Map<String, Object>> all(String path, String role) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().auth().oauth2(Tokens.of(role)).when().get(path + "?size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> pageItems = body.getList("items");
            items.addAll(pageItems);
            if (pageItems.size() < 100) {
                org.junit.jupiter.api.Assertions.assertEquals(body.getLong("total"), items.size());
                return items;
            }
        }
    }

    /** One adult and one child; the child alone (separated) or with specific needs as given. */
    static Family registered(boolean childAlone, boolean adultSpecificNeeds) {
        UUID caseId = UUID.randomUUID();
        ApplicationRegistered template = Fixture.registration(caseId, 1, 0);
        List<ApplicationRegistered.Member> members = List.of(
                new ApplicationRegistered.Member(UUID.randomUUID(), FamilyRole.PRINCIPAL, true, false,
                        adultSpecificNeeds),
                new ApplicationRegistered.Member(UUID.randomUUID(), FamilyRole.OTHER_DEPENDANT, false, childAlone,
                        false));
        ApplicationRegistered registration = Publish.event(new ApplicationRegistered(template.metadata(),
                template.caseNumber(), template.intakeSite(), template.filedOn(), template.outOfTime(), members));
        Fixture.awaitStatus(caseId, "AWAITING_INTERVIEWS");
        return new Family(caseId, members.stream().map(ApplicationRegistered.Member::memberId).toList(),
                registration);
    }

    static Family ready(Family family) {
        Publish.event(Fixture.readyEvent(family));
        Fixture.awaitStatus(family.caseId(), "READY_FOR_ADMISSIBILITY");
        return family;
    }

    static int indexOf(List<Map<String, Object>> items, String field, Object id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.toString().equals(String.valueOf(items.get(i).get(field)))) {
                return i;
            }
        }
        return -1;
    }

    private Worklists() {
    }
}
