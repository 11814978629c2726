package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pairing's activity, a volunteer, a volunteer activity and a campaign contact answer their creation with 201, the
 * new id and a Location that reads the same record back; another community's caller finds it neither at that address
 * (403) nor under its own community (404).
 */
@QuarkusTest
class CreatedRecordsTest {

    private static final String ADMIN = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");
    private static final String READER = TestTokens.token(Roles.DISTRICT_SUPERVISOR, "gulou");
    private static final String STRANGER = TestTokens.token(Roles.DUTY_MEMBER, "xinhua");

    @BeforeEach
    void gulouIsKnownWithItsGrid() {
        RosterSeed.grid("gulou", "grid-3");
    }

    @Test
    void aPairingsActivityIsAnsweredWithItsLocation() {
        String pairing = PairingsTest.establish(PairingsTest.newMember(), HouseholdsTest.register(ADMIN), "2026-01-05");

        ExtractableResponse<Response> created = create(
                "/communities/gulou/pairings/" + pairing + "/activities",
                "{\"kind\":\"HOME_VISIT_WITH_SUPPORT\",\"doneOn\":\"2026-02-10\",\"notes\":\"送去米面油\"}");

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/communities/gulou/pairings/" + pairing + "/activities/" + id);
        assertReadBack(created, id).body("kind", equalTo("HOME_VISIT_WITH_SUPPORT"));
    }

    @Test
    void aVolunteerIsAnsweredWithItsLocation() {
        ExtractableResponse<Response> created =
                create("/communities/gulou/volunteers", "{\"name\":\"小杨\",\"skills\":[\"电脑\"]}");

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/communities/gulou/volunteers/" + id);
        assertReadBack(created, id).body("name", equalTo("小杨"));
    }

    @Test
    void aVolunteerActivityIsAnsweredWithItsLocation() {
        String volunteer =
                create("/communities/gulou/volunteers", "{\"name\":\"小王\"}").path("id");

        ExtractableResponse<Response> created = create(
                "/communities/gulou/volunteer-activities",
                "{\"title\":\"清扫楼道\",\"heldOn\":\"2026-03-01\",\"served\":[{\"volunteerId\":\"%s\",\"hours\":1.5}]}"
                        .formatted(volunteer));

        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/communities/gulou/volunteer-activities/" + id);
        assertReadBack(created, id).body("served[0].volunteerId", equalTo(volunteer));
    }

    @Test
    void aCampaignContactIsAnsweredWithItsLocation() {
        var launched = create(
                "/communities/gulou/notification-campaigns",
                "{\"title\":\"t\",\"purpose\":\"p\",\"dueDate\":\"2026-07-31\","
                        + "\"targets\":[{\"residentName\":\"杨先生\"},{\"residentName\":\"李秀英\"}]}");
        String campaign = launched.path("id");
        List<String> targets = launched.path("targets.id");

        ExtractableResponse<Response> created = create(
                "/communities/gulou/notification-campaigns/%s/targets/%s/contacts".formatted(campaign, targets.get(0)),
                "{\"outcome\":\"DONE\",\"note\":\"已于上周接种\",\"contactedAt\":\"2026-06-02T01:00:00Z\"}");

        String id = created.path("id");
        assertThat(created.header("Location"))
                .endsWith("/communities/gulou/notification-campaigns/%s/targets/%s/contacts/%s"
                        .formatted(campaign, targets.get(0), id));
        assertReadBack(created, id).body("outcome", equalTo("DONE"));
        given().auth()
                .oauth2(READER)
                .get("/communities/gulou/notification-campaigns/%s/targets/%s/contacts/%s"
                        .formatted(campaign, targets.get(1), id))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static ExtractableResponse<Response> create(String path, String body) {
        return given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract();
    }

    /** The Location answers the created record to a reader of the community and to no other community's caller. */
    private static ValidatableResponse assertReadBack(ExtractableResponse<Response> created, String id) {
        String location = created.header("Location");
        assertThat(created.jsonPath().getMap("")).containsEntry("id", id);

        given().auth().oauth2(STRANGER).get(location).then().statusCode(403);
        given().auth()
                .oauth2(STRANGER)
                .get(location.replace("/communities/gulou/", "/communities/xinhua/"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        var read = given().auth().oauth2(READER).get(location).then().statusCode(200);
        assertThat(read.extract().jsonPath().getMap(""))
                .isEqualTo(created.jsonPath().getMap(""));
        return read;
    }
}
