package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberRegistrationTest {

    private static final String COMMUNITY = "nanjie";
    private static final String ADMIN = Fixtures.admin(COMMUNITY);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void communityExists() {
        Fixtures.community(COMMUNITY, "NJ");
    }

    @Test
    void registeringAMemberPublishesMemberRegisteredWithoutThePhone() throws Exception {
        String id = Fixtures.member(COMMUNITY, "王建国", "13812345678", List.of("POLICY", "MEDIATION"));

        var published = TopicRecords.awaitByKey(kafka, "roster-events", id, 1);

        String envelope = published.get(0).value();
        assertThat(EventCatalogue.load().violations(envelope)).isEmpty();
        assertThat(envelope).doesNotContain("13812345678", "5678", "partyMember");
        JsonNode event = new ObjectMapper().readTree(envelope);
        assertThat(event.path("type").asText()).isEqualTo("member.registered.v1");
        assertThat(event.path("community").asText()).isEqualTo(COMMUNITY);
        assertThat(event.path("data").path("skills").toString()).isEqualTo("[\"POLICY\",\"MEDIATION\"]");
    }

    @Test
    void aDutyMemberSeesTheColleaguesPhoneMaskedAndNothingIsAudited() {
        String id = Fixtures.member(COMMUNITY, "李秀英", "13987654321", List.of("RELIEF"));
        long audited = auditedReads(id);

        given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, COMMUNITY))
                .get("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(200)
                .body("phone", equalTo("139****4321"))
                .body("phoneMasked", equalTo(true));

        assertThat(auditedReads(id)).isEqualTo(audited);
    }

    @Test
    void anAdminSeesTheWholePhoneAndTheReadIsAudited() {
        String id = Fixtures.member(COMMUNITY, "张伟", "13700001111", List.of());

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(200)
                .body("phone", equalTo("13700001111"))
                .body("phoneMasked", equalTo(false));

        assertThat(auditedReads(id)).isEqualTo(1);
        given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/personal-data-reads", COMMUNITY)
                .then()
                .statusCode(200)
                .body("recordId", hasItem(id))
                .body("find { it.recordId == '%s' }.fields".formatted(id), equalTo(List.of("phone")));
    }

    @Test
    void theListShowsEveryPhoneMasked() {
        Fixtures.member(COMMUNITY, "赵敏", "13600002222", List.of("HEALTH"));

        given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/members", COMMUNITY)
                .then()
                .statusCode(200)
                .body("phone", hasItem("136****2222"));
    }

    @Test
    void updatingAMemberNeedsTheCurrentVersionAndPublishesMemberUpdated() throws Exception {
        String id = Fixtures.member(COMMUNITY, "陈静", "13500003333", List.of("VOLUNTEERING"));
        String etag = given().auth()
                .oauth2(ADMIN)
                .get("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String deactivated = Fixtures.memberJson("陈静", "13500003333", List.of("VOLUNTEERING", "LAW"), false);

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(deactivated)
                .put("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(deactivated)
                .put("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(deactivated)
                .put("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        var published = TopicRecords.awaitByKey(kafka, "roster-events", id, 2);
        String updated = published.get(1).value();
        assertThat(EventCatalogue.load().violations(updated)).isEmpty();
        JsonNode event = new ObjectMapper().readTree(updated);
        assertThat(event.path("type").asText()).isEqualTo("member.updated.v1");
        assertThat(event.path("sequence").asLong()).isEqualTo(2);
        assertThat(event.path("data").path("active").asBoolean()).isFalse();
    }

    @Test
    void anInvalidMemberIsRefusedFieldByFieldAndNothingIsWritten() {
        long before = rowsWritten();

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"","phone":"call me","kind":"COMMUNITY_STAFF","skills":["JUGGLING"]}""")
                .post("/communities/{c}/members", COMMUNITY)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("skills[0]"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"","phone":"call me","kind":"COMMUNITY_STAFF","skills":[]}""")
                .post("/communities/{c}/members", COMMUNITY)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("phone"));

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void leaveEndingBeforeItStartsIsRefused() {
        String id = Fixtures.member(COMMUNITY, "周强", "13300005555", List.of());

        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("""
                        {"firstDay":"2026-05-15","lastDay":"2026-05-11"}""")
                .post("/communities/{c}/members/{id}/leave", COMMUNITY, id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("lastDay"));
    }

    @Test
    void anotherCommunitysMemberCanBeNeitherReadNorChanged() {
        String id = Fixtures.member(COMMUNITY, "刘洋", "13400004444", List.of());
        String stranger = TestTokens.token(Roles.COMMUNITY_ADMIN, "beimen");
        long before = rowsWritten();

        given().auth()
                .oauth2(stranger)
                .get("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .get("/communities/{c}/members/{id}", "beimen", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fixtures.memberJson("刘洋", "13400004444", List.of(), false))
                .put("/communities/{c}/members/{id}", COMMUNITY, id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Fixtures.memberJson("冒名", "13400004444", List.of(), true))
                .post("/communities/{c}/members", COMMUNITY)
                .then()
                .statusCode(403);

        assertThat(rowsWritten()).isEqualTo(before);
    }

    private long auditedReads(String memberId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select count(*) from personal_data_read where record_id = ?1 and fields = 'phone'")
                                .setParameter(1, memberId)
                                .getSingleResult())
                        .longValue());
    }

    private long rowsWritten() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select (select count(*) from member) + (select count(*) from outbox_event)")
                                .getSingleResult())
                        .longValue());
    }
}
