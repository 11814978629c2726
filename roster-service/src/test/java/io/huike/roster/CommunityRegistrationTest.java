package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityRegistrationTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void registeringACommunityPublishesCommunityRegisteredThatMatchesTheCatalogue() {
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou");

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(community("gulou", "GL"))
                .post("/communities")
                .then()
                .statusCode(201)
                .body("name", equalTo("鼓楼社区"));

        var published = TopicRecords.awaitByKey(kafka, "roster-events", "gulou", 1);
        assertThat(EventCatalogue.load().violations(published.get(0).value())).isEmpty();
        given().auth()
                .oauth2(admin)
                .get("/communities/gulou")
                .then()
                .statusCode(200)
                .body("code", equalTo("GL"));
    }

    @Test
    void registeringTheSameCommunityTwiceIsAConflict() {
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, "xinhua");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(community("xinhua", "XH"))
                .post("/communities")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(community("xinhua", "XH"))
                .post("/communities")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anInvalidIdIsNamedAndNothingIsWritten() {
        long before = rowsWritten();

        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "Bad Id"))
                .contentType(ContentType.JSON)
                .body(community("Bad Id", "BI"))
                .post("/communities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("id"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aCommunityOutsideTheTokenCanBeNeitherRegisteredNorRead() {
        long before = rowsWritten();
        String other = TestTokens.token(Roles.COMMUNITY_ADMIN, "jiangbei");

        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body(community("dongguan", "DG"))
                .post("/communities")
                .then()
                .statusCode(403);
        given().auth().oauth2(other).get("/communities/gulou").then().statusCode(403);

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void renamingACommunityNeedsItsVersionKeepsItsCodeAndPublishesCommunityUpdated() throws Exception {
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, "hongqi");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(community("hongqi", "HQ"))
                .post("/communities")
                .then()
                .statusCode(201);
        String etag = given().auth()
                .oauth2(admin)
                .get("/communities/hongqi")
                .then()
                .extract()
                .header("ETag");
        String renamed = """
                {"name":"红旗社区（新）","subdistrict":"新城街道","district":"汉滨区"}""";

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(renamed)
                .put("/communities/hongqi")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(renamed)
                .put("/communities/hongqi")
                .then()
                .statusCode(200)
                .body("name", equalTo("红旗社区（新）"))
                .body("code", equalTo("HQ"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(renamed)
                .put("/communities/hongqi")
                .then()
                .statusCode(412);

        var published = TopicRecords.awaitByKey(kafka, "roster-events", "hongqi", 2);
        assertThat(EventCatalogue.load().violations(published.get(1).value())).isEmpty();
        var event = new ObjectMapper().readTree(published.get(1).value());
        assertThat(event.path("type").asText()).isEqualTo("community.updated.v1");
        assertThat(event.path("sequence").asLong()).isEqualTo(2);
    }

    @Test
    void aCommunityIsDividedIntoGridsEachNamedOnce() {
        String admin = TestTokens.token(Roles.COMMUNITY_ADMIN, "wenhua");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(community("wenhua", "WH"))
                .post("/communities")
                .then()
                .statusCode(201);
        String grid = """
                {"id":"grid-3","name":"第三网格","description":"新华巷、鼓楼巷一带"}""";

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(grid)
                .post("/communities/wenhua/grids")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(grid)
                .post("/communities/wenhua/grids")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .get("/communities/wenhua/grids")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of("grid-3")));
        given().auth()
                .oauth2(TestTokens.token(Roles.COMMUNITY_ADMIN, "gulou"))
                .get("/communities/wenhua/grids")
                .then()
                .statusCode(403);
    }

    private static String community(String id, String code) {
        return """
                {"id":"%s","name":"鼓楼社区","code":"%s","subdistrict":"老城街道","district":"汉滨区"}""".formatted(id, code);
    }

    private long rowsWritten() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select (select count(*) from community) + (select count(*) from outbox_event)")
                                .getSingleResult())
                        .longValue());
    }
}
