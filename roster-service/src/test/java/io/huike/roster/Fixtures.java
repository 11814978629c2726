package io.huike.roster;

import static io.restassured.RestAssured.given;

import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.List;

/** Sets up what roster tests stand on, through the API as an admin would. */
final class Fixtures {

    private Fixtures() {}

    static String admin(String community) {
        return TestTokens.token(Roles.COMMUNITY_ADMIN, community);
    }

    /** Registers the community unless an earlier test of the run did. */
    static void community(String id, String code) {
        int status =
                given().auth().oauth2(admin(id)).get("/communities/{id}", id).statusCode();
        if (status == 200) {
            return;
        }
        given().auth()
                .oauth2(admin(id))
                .contentType(ContentType.JSON)
                .body("""
                        {"id":"%s","name":"%s社区","code":"%s","subdistrict":"老城街道","district":"汉滨区"}""".formatted(id, id, code))
                .post("/communities")
                .then()
                .statusCode(201);
    }

    static String member(String community, String name, String phone, List<String> skills) {
        return given().auth()
                .oauth2(admin(community))
                .contentType(ContentType.JSON)
                .body(memberJson(name, phone, skills, true))
                .post("/communities/{c}/members", community)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String memberJson(String name, String phone, List<String> skills, boolean active) {
        String skillList =
                String.join(",", skills.stream().map(s -> "\"" + s + "\"").toList());
        return """
                {"name":"%s","phone":"%s","kind":"COMMUNITY_STAFF","partyMember":true,"unit":"社区居委会",
                 "skills":[%s],"duties":"值班","active":%s}""".formatted(name, phone, skillList, active);
    }

    /** A room with a morning and an afternoon shift. */
    static String room(String community) {
        return given().auth()
                .oauth2(admin(community))
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"党员会客室","location":"社区服务中心一楼",
                         "shifts":[{"code":"AM","name":"上午","startsAt":"08:30","endsAt":"12:00"},
                                   {"code":"PM","name":"下午","startsAt":"14:30","endsAt":"17:30"}]}""")
                .post("/communities/{c}/rooms", community)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
