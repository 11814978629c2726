package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reception visit raises a case for each matter the visitor brings, linked to the visit, and counts the people received. */
@QuarkusTest
class ReceptionVisitIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void oneVisitWithThreeSuggestionsRaisesThreeLinkedCasesAndCountsThePeopleReceived() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        RosterSeed.room(api.community, "room-1");
        RosterSeed.member(api.community, "m-wang-visits");
        String visitId = given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body("""
                {"visitedAt":"%s","roomId":"room-1","dutyMemberId":"m-wang-visits","peopleCount":2,
                 "visitor":{"name":"李女士","phone":"13912345678"},"summary":"李女士来访，提出三条建议",
                 "matters":[{"category":"POWER_LINES","description":"建议将小区架空电线改为入地"},
                            {"category":"WATER_DRAINAGE","description":"建议修缮小区污水管道"},
                            {"category":"GAS","description":"建议为小区接通天然气"}]}""".formatted(Instant.now().minus(Duration.ofHours(2))))
                .post("/communities/" + api.community + "/reception-visits")
                .then()
                .statusCode(201)
                .body("caseIds.size()", equalTo(3))
                .body("visitorPhone", equalTo("139****5678"))
                .extract()
                .path("id");

        List<String> caseIds = given().auth()
                .oauth2(api.desk)
                .get("/communities/" + api.community + "/reception-visits/" + visitId)
                .then()
                .statusCode(200)
                .extract()
                .path("caseIds");
        for (String caseId : caseIds) {
            api.read(api.desk, caseId)
                    .then()
                    .body("receptionVisitId", equalTo(visitId))
                    .body("channel", equalTo("RECEPTION_ROOM"));
        }
        var visitEvent =
                TopicRecords.awaitByKey(kafka, "case-events", visitId, 1).get(0).value();
        assertThat(EventCatalogue.load().violations(visitEvent)).isEmpty();
        JsonNode data = JSON.readTree(visitEvent).path("data");
        assertThat(data.path("peopleCount").asInt()).isEqualTo(2);
        assertThat(data.path("caseIds")).hasSize(3);
    }
}
