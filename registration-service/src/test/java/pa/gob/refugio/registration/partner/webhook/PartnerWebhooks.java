package pa.gob.refugio.registration.partner.webhook;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** A partner NGO using the webhook API with its own token (institution claim). */
final class PartnerWebhooks {

    final String partner;

    private PartnerWebhooks(String partner) {
        this.partner = partner;
    }

    /** A partner with a name of its own, so that no other test's events or subscriptions reach it. */
    static PartnerWebhooks fresh(String prefix) {
        return new PartnerWebhooks(prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }

    RequestSpecification as() {
        return given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO, partner)).contentType("application/json");
    }

    /** Subscribes {@code url}; returns the 201 answer (id, secret). */
    JsonPath subscribe(String url) {
        return as().body("{\"url\": \"" + url + "\", \"description\": \"test receiver\"}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    JsonPath deliveries(String subscriptionId) {
        return as().when().get("/api/v1/webhooks/" + subscriptionId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }
}
