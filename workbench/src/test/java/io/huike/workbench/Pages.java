package io.huike.workbench;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What a browser does with the workbench's pages: it opens them, and before sending a form it has the page's CSRF
 * cookie and sends its token in a field.
 */
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

    /** A form post carrying the CSRF cookie and field of a page just opened. */
    public static RequestSpecification form() {
        return form(csrfToken());
    }

    /** The HTML of the page at the path, which must come with the status given. */
    public static String open(String path, int status) {
        return open(given(), path, status);
    }

    /** The HTML of the page at the path as the request asks for it (a query, a cookie), with the status given. */
    public static String open(RequestSpecification request, String path, int status) {
        return request.when().get(path).then().statusCode(status).extract().asString();
    }

    /** The workbench's answer to the form sent to the path, which must come with the status given. */
    public static ExtractableResponse<Response> send(RequestSpecification form, String path, int status) {
        return form.when().post(path).then().statusCode(status).extract();
    }

    /** The HTML of the page that answers the form sent to the path, which must come with the status given. */
    public static String submit(RequestSpecification form, String path, int status) {
        return send(form, path, status).asString();
    }

    /** Where the workbench sends the browser on to (303 See Other) after the form sent to the path. */
    public static String redirectAfter(RequestSpecification form, String path) {
        return send(form, path, 303).header("Location");
    }
}
