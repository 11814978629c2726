package io.huike.workbench;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** What a browser does before sending a form: it has the page's CSRF cookie, and sends its token in a field. */
public final class Pages {

    private Pages() {}

    /** The CSRF token the workbench hands out with a page (the same in the cookie and in the form's field). */
    public static String csrfToken() {
        return given().when().get("/status").then().statusCode(200).extract().cookie("huike-csrf");
    }

    /** A form post carrying the CSRF cookie and field. */
    public static RequestSpecification form(String token) {
        return given().redirects()
                .follow(false)
                .cookie("huike-csrf", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
    }
}
