package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.huike.kernel.roles.Roles;
import io.huike.testing.EventCatalogue;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster's communities reach this service's copy from their events and are listed only within scope. */
@QuarkusTest
class RosterCopyTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void theCataloguesCommunityRegisteredExampleBecomesAKnownCommunityOnlyForCallersInScope() {
        String example =
                EventCatalogue.load().examples("community.registered.v1").get(0);

        TopicRecords.publish(kafka, "roster-events", "gulou", example, example);

        String gulou = TestTokens.token(Roles.DUTY_MEMBER, "gulou");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(gulou)
                                .get("/communities")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<?>>path("$")
                                .size()
                        == 1);
        given().auth().oauth2(gulou).get("/communities").then().body("[0].name", equalTo("鼓楼社区"));
        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, "xinhua"))
                .get("/communities")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void withoutATokenTheListIsUnauthorized() {
        given().get("/communities").then().statusCode(401);
    }
}
