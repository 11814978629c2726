package io.huike.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A swap names only its own community's shifts and members, refused naming the field and writing nothing otherwise;
 * grids and rooms are announced so that the other services can check the references they are given.
 */
@QuarkusTest
class RosterReferencesTest {

    private static final String MINE = "cangshan";
    private static final String THEIRS = "baishui";

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    EntityManager entityManager;

    @Test
    void aSwapNamingAnotherCommunitysMemberOrAnUnknownShiftIsRefusedNamingTheField() {
        Fixtures.community(MINE, "CSH");
        Fixtures.community(THEIRS, "BSH");
        List<String> members = List.of(
                Fixtures.member(MINE, "李一", "13822220001", List.of("POLICY")),
                Fixtures.member(MINE, "李二", "13822220002", List.of("POLICY")),
                Fixtures.member(MINE, "李三", "13822220003", List.of("POLICY")));
        String stranger = Fixtures.member(THEIRS, "赵四", "13822220004", List.of("POLICY"));
        String room = Fixtures.room(MINE);
        List<Map<String, Object>> june = given().auth()
                .oauth2(Fixtures.admin(MINE))
                .post("/communities/{c}/rooms/{r}/rosters/{m}", MINE, room, "2026-06")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("shifts");
        Map<String, Object> shift = june.get(0);
        String desk = TestTokens.token(Roles.DUTY_MEMBER, MINE);
        long before = swapRequests();

        refused(desk, Map.of("shiftId", shift.get("id"), "toMemberId", stranger), "toMemberId");
        refused(desk, Map.of("shiftId", shift.get("id"), "toMemberId", UUID.randomUUID()), "toMemberId");
        refused(desk, Map.of("shiftId", UUID.randomUUID(), "toMemberId", members.get(0)), "shiftId");
        String other = members.stream()
                .filter(m -> !m.equals(shift.get("memberId")))
                .findFirst()
                .orElseThrow();
        refused(
                desk,
                Map.of("shiftId", shift.get("id"), "toMemberId", other, "counterShiftId", UUID.randomUUID()),
                "counterShiftId");

        assertThat(swapRequests()).isEqualTo(before);
    }

    @Test
    void drawingAGridAndOpeningARoomAreAnnouncedAsTheCatalogueDescribes() {
        Fixtures.community(MINE, "CSH");
        String grid = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(Fixtures.admin(MINE))
                .contentType(ContentType.JSON)
                .body(Map.of("id", grid, "name", "第一网格"))
                .post("/communities/{c}/grids", MINE)
                .then()
                .statusCode(201);
        String room = Fixtures.room(MINE);

        String drawn = TopicRecords.awaitByKey(kafka, "roster-events", MINE + "/" + grid, 1)
                .get(0)
                .value();
        String opened =
                TopicRecords.awaitByKey(kafka, "roster-events", room, 1).get(0).value();
        assertThat(EventCatalogue.load().violations(drawn)).isEmpty();
        assertThat(EventCatalogue.load().violations(opened)).isEmpty();
        assertThat(drawn).contains("\"type\":\"grid.drawn.v1\"", "\"gridId\":\"" + grid + "\"");
        assertThat(opened).contains("\"type\":\"reception-room.opened.v1\"", "\"roomId\":\"" + room + "\"");
    }

    private static void refused(String token, Map<String, Object> body, String field) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/communities/{c}/swap-requests", MINE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }

    private long swapRequests() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from swap_request")
                                .getSingleResult())
                        .longValue());
    }
}
