package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseRegistrationTest {

    private static final String DESK = TestTokens.token(Roles.DUTY_MEMBER, "gulou");
    private static final String VALID = """
            {"channel":"RECEPTION_ROOM","category":"WATER_DRAINAGE","gridId":"grid-3",
             "description":"杨先生家门口污水管堵塞 🚰"}""";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void gulouIsRegisteredWithItsGrid() {
        RosterSeed.grid("gulou", "grid-3");
    }

    @Test
    void registeringACasePublishesCaseRegisteredThatMatchesTheCatalogue() throws Exception {
        String id = given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/communities/gulou/cases/[0-9a-f-]{36}"))
                .body("trackingNumber", matchesPattern("GL-\\d{4}-\\d{6}"))
                .body("status", equalTo("REGISTERED"))
                .body("description", equalTo("杨先生家门口污水管堵塞 🚰"))
                .extract()
                .path("id");

        List<ConsumerRecord<String, String>> published = TopicRecords.awaitByKey(kafka, "case-events", id, 1);

        assertThat(published).hasSize(1);
        String envelope = published.get(0).value();
        assertThat(EventCatalogue.load().violations(envelope)).isEmpty();
        JsonNode event = new ObjectMapper().readTree(envelope);
        assertThat(event.path("type").asText()).isEqualTo("case.registered.v1");
        assertThat(event.path("community").asText()).isEqualTo("gulou");
        assertThat(event.path("sequence").asLong()).isEqualTo(1);
        assertThat(event.path("data").path("category").asText()).isEqualTo("WATER_DRAINAGE");
        assertThat(outboxRowsPublished(id)).isTrue();
    }

    @Test
    void trackingNumbersCountUpWithinACommunity() {
        String first = register("gulou", DESK);
        String second = register("gulou", DESK);

        long firstNumber = Long.parseLong(first.substring(first.lastIndexOf('-') + 1));
        long secondNumber = Long.parseLong(second.substring(second.lastIndexOf('-') + 1));
        assertThat(secondNumber).isEqualTo(firstNumber + 1);
    }

    @Test
    void malformedJsonIsABadRequestProblemAndWritesNothing() {
        long before = rowsWritten();

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("{\"channel\": \"RECEPTION_ROOM\",")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("body"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aMissingFieldIsNamedInTheProblem() {
        long before = rowsWritten();

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"PHONE\",\"description\":\"路灯不亮\"}")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("category"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void anUnknownCategoryListsTheAllowedValues() {
        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"PHONE\",\"category\":\"UFO\",\"description\":\"x\"}")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", startsWith("must be one of: POLICY_CONSULTATION"));
    }

    @Test
    void aWrongTypeAndControlCharactersAreRefused() {
        long before = rowsWritten();

        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"PHONE\",\"category\":\"GAS\",\"description\":[1,2]}")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("description"));
        given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"PHONE\",\"category\":\"GAS\",\"description\":\"bell\\u0007\"}")
                .post("/communities/gulou/cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("description"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheCallerIsUnauthorized() {
        long before = rowsWritten();

        given().contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.expired(Roles.DUTY_MEMBER, "gulou"))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.signedByStranger(Roles.DUTY_MEMBER, "gulou"))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(401);

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aCommunityOutsideTheTokenIsForbiddenAndNothingIsWritten() {
        long before = rowsWritten();

        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, "xinhua"))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void aRoleThatOnlyReadsCannotRegister() {
        given().auth()
                .oauth2(TestTokens.token(Roles.DISTRICT_SUPERVISOR, "gulou"))
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anotherCommunitysCaseIsNotFoundThroughOurCommunityAndRefusedThroughItsOwn() {
        String id = given().auth()
                .oauth2(DESK)
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/gulou/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String otherDesk = TestTokens.token(Roles.DUTY_MEMBER, "xinhua");

        given().auth()
                .oauth2(otherDesk)
                .get("/communities/xinhua/cases/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(otherDesk)
                .get("/communities/gulou/cases/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(DESK)
                .get("/communities/gulou/cases/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    private String register(String community, String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(VALID)
                .post("/communities/" + community + "/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }

    /** Cases and outbox rows together: a refused request must add to neither. */
    private long rowsWritten() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select (select count(*) from cases) + (select count(*) from outbox_event)")
                                .getSingleResult())
                        .longValue());
    }

    private boolean outboxRowsPublished(String caseId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                        .createNativeQuery(
                                                "select count(*) from outbox_event where aggregate_id = ?1 and published_at is null")
                                        .setParameter(1, caseId)
                                        .getSingleResult())
                                .longValue()
                        == 0);
    }
}
