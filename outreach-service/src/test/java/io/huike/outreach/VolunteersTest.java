package io.huike.outreach;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Volunteers over HTTP: hours per person and community, and who may be counted. */
@QuarkusTest
class VolunteersTest {

    private static final String MEMBER = TestTokens.token(Roles.DUTY_MEMBER, "gulou");

    @Test
    void hoursAddUpPerVolunteerAndForTheCommunity() {
        String student = signUp("gulou", "小杨", "[\"辅导功课\",\"电脑\"]");
        String member = signUp("gulou", "王建国", "[\"调解\"]");
        float before = given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteer-hours?year=2025")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getFloat("hours");

        record(
                "暑期四点半课堂",
                "2025-07-20",
                "{\"volunteerId\":\"%s\",\"hours\":2.5},{\"volunteerId\":\"%s\",\"hours\":1}"
                        .formatted(student, member));
        record("暑期四点半课堂", "2025-07-27", "{\"volunteerId\":\"%s\",\"hours\":3}".formatted(student));

        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteer-hours?year=2025")
                .then()
                .statusCode(200)
                .body("hours", equalTo(before + 6.5f))
                .body("people.find { it.volunteerId == '%s' }.hours".formatted(student), equalTo(5.5f))
                .body("people.find { it.volunteerId == '%s' }.activities".formatted(student), equalTo(2))
                .body("people.find { it.volunteerId == '%s' }.name".formatted(student), equalTo("小杨"));
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteers?skill=电脑")
                .then()
                .statusCode(200)
                .body("id", hasItem(student))
                .body("id", not(hasItem(member)));
    }

    @Test
    void aVolunteerOfAnotherCommunityCannotBeCountedHere() {
        String elsewhere = signUp("xinhua", "李秀英", "[]");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"清扫楼道\",\"heldOn\":\"2025-08-01\",\"served\":[{\"volunteerId\":\"%s\",\"hours\":1}]}"
                        .formatted(elsewhere))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(MEMBER)
                .get("/communities/gulou/volunteers")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(elsewhere)));
    }

    @Test
    void hoursMustBeHalfHoursUpToADay() {
        String student = signUp("gulou", "小杨", "[]");

        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"清扫楼道\",\"heldOn\":\"2025-08-01\","
                        + "\"served\":[{\"volunteerId\":\"%s\",\"hours\":25}]}".formatted(student))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("served[0].hours"));
    }

    private static String signUp(String community, String name, String skills) {
        RosterSeed.community(community);
        return given().auth()
                .oauth2(TestTokens.token(Roles.DUTY_MEMBER, community))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"skills\":%s,\"availability\":\"工作日下午\"}".formatted(name, skills))
                .post("/communities/" + community + "/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void record(String title, String heldOn, String served) {
        given().auth()
                .oauth2(MEMBER)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"%s\",\"heldOn\":\"%s\",\"served\":[%s]}".formatted(title, heldOn, served))
                .post("/communities/gulou/volunteer-activities")
                .then()
                .statusCode(201);
    }
}
