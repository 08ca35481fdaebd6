package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.file.UploadRules;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Images;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PhotoAndDocumentCopyUploadsAreCheckedByContentTest {

    @Test
    void photoIsStoredWithItsSha256AndAPdfCopyOfTheDocumentIsAccepted() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        String base = "/api/v1/applications/" + Families.caseId(registered) + "/members/"
                + registered.getString("application.members[0].memberId");
        byte[] png = Images.of("png");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/octet-stream").body(png)
                .when().put(base + "/photo")
                .then().statusCode(200)
                .body("contentType", equalTo("image/png"))
                .body("sha256", equalTo(UploadRules.sha256(png)))
                .body("sizeBytes", equalTo(png.length));
        byte[] jpeg = Images.of("jpg");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/jpeg").body(jpeg)
                .when().put(base + "/photo")
                .then().statusCode(200).body("contentType", equalTo("image/jpeg"));
        byte[] pdf = "%PDF-1.4\n%minimal\n".getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/pdf").body(pdf)
                .when().put(base + "/identity-document-copy")
                .then().statusCode(200).body("contentType", equalTo("application/pdf"))
                .body("kind", equalTo("IDENTITY_DOCUMENT_COPY"));
    }

    @Test
    void aPdfIsNoPhotoAndADeclaredImageTypeIsNotTrusted() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        String base = "/api/v1/applications/" + Families.caseId(registered) + "/members/"
                + registered.getString("application.members[1].memberId");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/png")
                .body("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII))
                .when().put(base + "/photo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", containsString("unsupported-file-type"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/jpeg")
                .body("<html>hello</html>".getBytes(StandardCharsets.US_ASCII))
                .when().put(base + "/identity-document-copy")
                .then().statusCode(415);
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefused() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        String base = "/api/v1/applications/" + Families.caseId(registered) + "/members/"
                + registered.getString("application.members[0].memberId");
        byte[] big = Arrays.copyOf(Images.of("png"), 200_001); // limit in the test profile: 200000 bytes
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/png").body(big)
                .when().put(base + "/photo")
                .then().statusCode(413).contentType("application/problem+json")
                .body("maxBytes", equalTo(200000));
    }

    @Test
    void aMemberOfAnotherCaseIsNotFoundAndOtherRolesMayNotUpload() {
        JsonPath one = Families.register(Families.family("ONPAR Balboa"));
        JsonPath other = Families.register(Families.family("ONPAR Balboa"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/png").body(Images.of("png"))
                .when().put("/api/v1/applications/" + Families.caseId(one) + "/members/"
                        + other.getString("application.members[0].memberId") + "/photo")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("image/png").body(Images.of("png"))
                .when().put("/api/v1/applications/" + Families.caseId(one) + "/members/"
                        + one.getString("application.members[0].memberId") + "/photo")
                .then().statusCode(403);
    }
}
