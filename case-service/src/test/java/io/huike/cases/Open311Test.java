package io.huike.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.huike.cases.open311.Open311Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Systems speak Open311 GeoReport v2 to a community with a key its admin issued. */
@QuarkusTest
class Open311Test {

    private static final String V2 = "/open311/v2";

    @Inject
    DataSource database;

    @Test
    void anAdminIssuesAKeyThatIsShownOnceStoredOnlyAsItsHashAndRefusedOnceRevoked() throws Exception {
        CaseApi api = CaseApi.freshCommunity();

        Response issued = given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "区网格化管理平台"))
                .post(keysPath(api));
        issued.then().statusCode(201).header("Location", notNullValue());
        String key = issued.path("key");
        String id = issued.path("id");
        assertThat(key).hasSizeGreaterThanOrEqualTo(43);

        given().auth()
                .oauth2(api.admin)
                .get(keysPath(api))
                .then()
                .statusCode(200)
                .body("name", equalTo(List.of("区网格化管理平台")))
                .body("[0].key", nullValue())
                .body("[0].revokedAt", nullValue());
        assertThat(given().auth().oauth2(api.admin).get(keysPath(api)).asString())
                .doesNotContain(key);
        try (Connection c = database.getConnection();
                PreparedStatement row =
                        c.prepareStatement("select t::text, key_hash from open311_key t where id = ?")) {
            row.setObject(1, UUID.fromString(id));
            try (ResultSet found = row.executeQuery()) {
                assertThat(found.next()).isTrue();
                assertThat(found.getString(1)).doesNotContain(key);
                assertThat(found.getString(2)).isEqualTo(Open311Keys.hash(key));
            }
        }
        services(api.community, key, "json").then().statusCode(200);

        given().auth().oauth2(api.admin).delete(keysPath(api) + "/" + id).then().statusCode(204);
        given().auth().oauth2(api.admin).delete(keysPath(api) + "/" + id).then().statusCode(204);

        given().auth()
                .oauth2(api.admin)
                .get(keysPath(api))
                .then()
                .body("[0].revokedAt", notNullValue())
                .body("[0].revokedBy", notNullValue());
        refusedInBothFormats(api.community, key);
    }

    @Test
    void onlyACommunityAdminOfTheCommunityManagesItsKeys() {
        CaseApi api = CaseApi.freshCommunity();
        CaseApi other = CaseApi.freshCommunity();
        given().auth()
                .oauth2(api.desk)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post(keysPath(api))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(other.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post(keysPath(api))
                .then()
                .statusCode(403);
        String id = issueKeyId(api);
        given().auth()
                .oauth2(other.admin)
                .delete(keysPath(other) + "/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void withoutAKeyOrWithAWrongOneOrAnotherJurisdictionsTheReadSideIs403InGeoReportsFormat() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        CaseApi other = CaseApi.freshCommunity();
        String othersKey = issueKey(other);

        refusedInBothFormats(api.community, null);
        refusedInBothFormats(api.community, "not-a-key");
        refusedInBothFormats(api.community, othersKey);
        given().get(V2 + "/requests.json?jurisdiction_id=" + api.community + "&api_key=" + othersKey)
                .then()
                .statusCode(403)
                .body("[0].code", equalTo(403));
    }

    @Test
    void theServicesAreOnePerCategoryInJsonAndXml() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);

        services(api.community, key, "json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("service_code", hasSize(Category.values().length))
                .body("find { it.service_code == 'WATER_DRAINAGE' }.service_name", equalTo("供水排水"))
                .body("find { it.service_code == 'WATER_DRAINAGE' }.group", equalTo("市政设施"))
                .body("find { it.service_code == 'WATER_DRAINAGE' }.type", equalTo("realtime"))
                .body("find { it.service_code == 'WATER_DRAINAGE' }.metadata", equalTo(false))
                .body("find { it.service_code == 'WATER_DRAINAGE' }.keywords", notNullValue())
                .body("find { it.service_code == 'WATER_DRAINAGE' }.description", notNullValue());

        Response xml = services(api.community, key, "xml");
        xml.then().statusCode(200).contentType(startsWith("application/xml"));
        Element root = dom(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> services = children(root);
        assertThat(services).hasSize(Category.values().length);
        assertThat(services).allSatisfy(s -> assertThat(s.getTagName()).isEqualTo("service"));
        Element first = children(services.get(0)).get(0);
        assertThat(first.getTagName()).isEqualTo("service_code");
        assertThat(first.getTextContent()).isEqualTo(Category.values()[0].name());

        given().accept("text/xml")
                .get(V2 + "/services.xml?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/xml"));
    }

    @Test
    void aServiceIsDefinedWithoutAttributesAndAnUnknownOneIs404InGeoReportsFormat() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        String query = "?jurisdiction_id=" + api.community + "&api_key=" + key;

        given().get(V2 + "/services/GAS.json" + query)
                .then()
                .statusCode(200)
                .body("service_code", equalTo("GAS"))
                .body("attributes", empty());
        given().get(V2 + "/services/POTHOLE.json" + query)
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404))
                .body("[0].description", notNullValue());
        Response xml = given().get(V2 + "/services/POTHOLE.xml" + query);
        xml.then().statusCode(404);
        Element errors = dom(xml).getDocumentElement();
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(children(children(errors).get(0)).get(0).getTextContent()).isEqualTo("404");
    }

    @Test
    void aFormEncodedRequestBecomesACaseWithTheOpen311ChannelAndItsPlace() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);

        Response posted = submit(
                with(
                        Map.of(
                                "api_key", key,
                                "jurisdiction_id", api.community,
                                "service_code", "WATER_DRAINAGE",
                                "description", "鼓楼小区3号楼下水道堵塞，污水外溢",
                                "address_string", "鼓楼小区3号楼东侧",
                                "lat", "32.0603",
                                "long", "118.7969",
                                "first_name", "建国",
                                "last_name", "王",
                                "phone", "13812345678"),
                        "attribute[floor]",
                        "1"),
                "json");
        posted.then()
                .statusCode(201)
                .body("[0].service_request_id", startsWith(api.community.toUpperCase()))
                .body("[0].service_notice", equalTo(""))
                .body("[0].containsKey('account_id')", equalTo(true))
                .body("[0].account_id", nullValue());
        String number = posted.path("[0].service_request_id");

        String id = given().auth()
                .oauth2(api.admin)
                .get(api.path() + "?channel=OPEN311")
                .then()
                .statusCode(200)
                .body("trackingNumber", equalTo(List.of(number)))
                .extract()
                .path("[0].id");
        api.read(api.handler, id)
                .then()
                .statusCode(200)
                .body("channel", equalTo("OPEN311"))
                .body("category", equalTo("WATER_DRAINAGE"))
                .body("place.address", equalTo("鼓楼小区3号楼东侧"))
                .body("place.latitude", equalTo(32.0603f))
                .body("place.longitude", equalTo(118.7969f))
                .body("resident.name", equalTo("王建国"))
                .body("resident.phone", equalTo("13812345678"))
                .body("registeredBy", startsWith("open311:"))
                .body("feedback.dueAt", notNullValue());

        given().get(V2 + "/requests/" + number + ".json?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].service_request_id", equalTo(number))
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("WATER_DRAINAGE"))
                .body("[0].service_name", equalTo("供水排水"))
                .body("[0].address", equalTo("鼓楼小区3号楼东侧"))
                .body("[0].lat", equalTo(32.0603f))
                .body("[0].long", equalTo(118.7969f))
                .body("[0].requested_datetime", endsWith("+08:00"))
                .body("[0].updated_datetime", endsWith("+08:00"))
                .body("[0].expected_datetime", endsWith("+08:00"))
                .body("[0].status_notes", startsWith("Registered via OPEN311"))
                .body("[0].service_notice", equalTo(""))
                .body("[0].agency_responsible", nullValue());

        Response xml = submit(
                Map.of(
                        "api_key", key,
                        "jurisdiction_id", api.community,
                        "service_code", "SANITATION",
                        "description", "垃圾三天未清运",
                        "address_string", "鼓楼小区5号楼"),
                "xml");
        xml.then().statusCode(201).contentType(startsWith("application/xml"));
        Element root = dom(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(children(request).get(0).getTagName()).isEqualTo("service_request_id");
        assertThat(children(request).get(0).getTextContent()).startsWith(api.community.toUpperCase());
    }

    @Test
    void badInputIs400NamingTheFieldInGeoReportsFormatAndWritesNothing() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        Map<String, String> good = Map.of(
                "api_key", key,
                "jurisdiction_id", api.community,
                "service_code", "GAS",
                "description", "楼道有燃气味",
                "address_string", "鼓楼小区2号楼");

        assertRefused(with(good, "service_code", "POTHOLE"), "service_code");
        assertRefused(without(good, "service_code"), "service_code");
        assertRefused(without(good, "description"), "description");
        assertRefused(with(without(good, "address_string"), "lat", "32.06"), "long");
        assertRefused(with(good, "lat", "north"), "lat");
        assertRefused(with(good, "email", "nobody"), "email");
        Response xml = submit(with(good, "service_code", "POTHOLE"), "xml");
        xml.then().statusCode(400);
        Element error = children(dom(xml).getDocumentElement()).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(children(error).get(1).getTextContent()).startsWith("service_code");
        submit(with(good, "api_key", "wrong"), "json").then().statusCode(403).body("[0].code", equalTo(403));
        submit(without(good, "jurisdiction_id"), "json")
                .then()
                .statusCode(400)
                .body("[0].description", startsWith("jurisdiction_id"));

        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void requestsAreFilteredByStatusServiceCodeDatesAndIds() {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        String water = submitted(api, key, "WATER_DRAINAGE", "自来水停了一天");
        String rubbish = submitted(api, key, "SANITATION", "垃圾堆放");
        String closed = closedCase(api);
        String list = V2 + "/requests.json?jurisdiction_id=" + api.community + "&api_key=" + key;

        given().get(list).then().statusCode(200).body("service_request_id", hasSize(3));
        given().get(list + "&status=closed")
                .then()
                .statusCode(200)
                .body("service_request_id", equalTo(List.of(closed)))
                .body("[0].status", equalTo("closed"))
                .body("[0].expected_datetime", nullValue())
                .body("[0].agency_responsible", equalTo("市政维修公司"));
        given().get(list + "&status=open")
                .then()
                .body("service_request_id", hasSize(2))
                .body("service_request_id", not(hasItem(closed)));
        given().get(list + "&service_code=SANITATION").then().body("service_request_id", equalTo(List.of(rubbish)));
        given().get(list + "&service_code=SANITATION,WATER_DRAINAGE").then().body("service_request_id", hasSize(2));
        given().get(list + "&service_request_id=" + water + "," + closed.toLowerCase())
                .then()
                .body("service_request_id", hasSize(2))
                .body("service_request_id", hasItem(water))
                .body("service_request_id", hasItem(closed));
        String tomorrow = Instant.now()
                .plus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        String lastWeek = Instant.now()
                .minus(7, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        given().get(list + "&start_date=" + tomorrow).then().statusCode(200).body("", empty());
        given().get(list + "&end_date=" + lastWeek).then().statusCode(200).body("", empty());
        given().get(list + "&start_date=" + lastWeek + "&end_date=" + tomorrow)
                .then()
                .body("service_request_id", hasSize(3));
        given().get(list + "&start_date=yesterday")
                .then()
                .statusCode(400)
                .body("[0].code", equalTo(400))
                .body("[0].description", startsWith("start_date"));
        given().get(list + "&status=pending").then().statusCode(400).body("[0].description", startsWith("status"));
        given().get(list + "&service_code=POTHOLE").then().statusCode(400);
    }

    @Test
    void aRequestOfAnotherJurisdictionIsNeverVisibleWithThisCommunitysKey() {
        CaseApi api = CaseApi.freshCommunity();
        CaseApi other = CaseApi.freshCommunity();
        String key = issueKey(api);
        String theirs = submitted(other, issueKey(other), "GAS", "别的社区燃气泄漏");

        given().get(V2 + "/requests.json?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(200)
                .body("", empty());
        given().get(V2 + "/requests.json?jurisdiction_id=" + api.community + "&api_key=" + key + "&service_request_id="
                        + theirs)
                .then()
                .statusCode(200)
                .body("", empty());
        given().get(V2 + "/requests/" + theirs + ".json?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().get(V2 + "/requests/" + theirs + ".json?jurisdiction_id=" + other.community + "&api_key=" + key)
                .then()
                .statusCode(403);
        given().get(V2 + "/servicerequestupdates.json?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void updatesAreTheLinesSharedWithTheResident() {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        String number = submitted(api, key, "WATER_DRAINAGE", "水管漏水");
        String id = given().auth()
                .oauth2(api.admin)
                .get(api.path())
                .then()
                .extract()
                .path("[0].id");
        note(api, id, "已联系维修，电话13812345678", true);
        note(api, id, "居民情绪激动", false);

        given().get(V2 + "/servicerequestupdates.json?jurisdiction_id=" + api.community + "&api_key=" + key)
                .then()
                .statusCode(200)
                .body("description", hasItem("已联系维修，电话138****5678"))
                .body("description", not(hasItem("居民情绪激动")))
                .body("service_request_id", everyItemIs(number))
                .body("status", everyItemIs("open"))
                .body("[0].update_id", notNullValue())
                .body("[0].updated_datetime", endsWith("+08:00"));
        String later = Instant.now()
                .plus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        given().get(V2 + "/servicerequestupdates.json?jurisdiction_id=" + api.community + "&api_key=" + key
                        + "&start_date=" + later + "&end_date=" + later)
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void discoveryNamesTheEndpointWithoutAKey() {
        given().get(V2 + "/discovery.json")
                .then()
                .statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", endsWith("/open311/v2"))
                .body("endpoints[0].formats", hasItem("application/xml"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.hamcrest.Matcher<Iterable<? extends Object>> every =
                (org.hamcrest.Matcher) org.hamcrest.Matchers.everyItem(equalTo(value));
        return every;
    }

    private static String keysPath(CaseApi api) {
        return "/communities/" + api.community + "/open311-keys";
    }

    private static String issueKey(CaseApi api) {
        return given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "grid-platform"))
                .post(keysPath(api))
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    private static String issueKeyId(CaseApi api) {
        return given().auth()
                .oauth2(api.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "grid-platform"))
                .post(keysPath(api))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response services(String community, String key, String format) {
        var request = given().queryParam("jurisdiction_id", community);
        if (key != null) {
            request = request.queryParam("api_key", key);
        }
        return request.get(V2 + "/services." + format);
    }

    private static void refusedInBothFormats(String community, String key) throws Exception {
        services(community, key, "json")
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("", hasSize(1))
                .body("[0].code", equalTo(403))
                .body("[0].description", notNullValue());
        Response xml = services(community, key, "xml");
        xml.then().statusCode(403).contentType(startsWith("application/xml"));
        Element errors = dom(xml).getDocumentElement();
        assertThat(errors.getTagName()).isEqualTo("errors");
        Element error = children(errors).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(children(error).get(0).getTagName()).isEqualTo("code");
        assertThat(children(error).get(0).getTextContent()).isEqualTo("403");
        assertThat(children(error).get(1).getTagName()).isEqualTo("description");
    }

    /** Posts the fields percent-encoded in UTF-8 with no charset named, as curl -d does. */
    private static Response submit(Map<String, String> fields, String format) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/x-www-form-urlencoded")
                .body(body)
                .post(V2 + "/requests." + format);
    }

    private static String submitted(CaseApi api, String key, String service, String description) {
        return submit(
                        Map.of(
                                "api_key", key,
                                "jurisdiction_id", api.community,
                                "service_code", service,
                                "description", description,
                                "address_string", "鼓楼小区"),
                        "json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
    }

    /** A desk case taken through to its closing, referred once on the way; its tracking number. */
    private static String closedCase(CaseApi api) {
        String member = "m-o311-" + api.community;
        RosterSeed.member(api.community, member);
        String id = api.register("POWER_LINES", "楼道灯不亮");
        api.act(api.admin, id, "assignment", Map.of("memberId", member)).then().statusCode(200);
        api.act(api.handler, id, "start", Map.of("contactMethod", "PHONE"))
                .then()
                .statusCode(200);
        String referral = api.act(api.handler, id, "referrals", Map.of("body", "市政维修公司"))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String referralId = referral.substring(referral.lastIndexOf('/') + 1);
        api.act(
                        api.handler,
                        id,
                        "referrals/" + referralId + "/answer",
                        Map.of("answer", "已修好", "repliedAt", Instant.now().toString()))
                .then()
                .statusCode(200);
        api.act(api.handler, id, "resolution", Map.of("outcome", "RESOLVED", "actionsTaken", "已更换灯泡"))
                .then()
                .statusCode(200);
        api.act(
                        api.handler,
                        id,
                        "feedback",
                        Map.of("method", "PHONE", "toldAt", Instant.now().toString(), "satisfaction", "SATISFIED"))
                .then()
                .statusCode(200);
        api.act(api.admin, id, "closing", null).then().statusCode(200);
        return api.read(api.admin, id).then().extract().path("trackingNumber");
    }

    private static void note(CaseApi api, String id, String text, boolean shareable) {
        given().auth()
                .oauth2(api.handler)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text, "shareable", shareable))
                .post(api.path() + "/" + id + "/notes")
                .then()
                .statusCode(200);
    }

    private static void assertRefused(Map<String, String> fields, String field) {
        submit(fields, "json")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("[0].code", equalTo(400))
                .body("description", hasItem(startsWith(field + ":")));
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, String> without(Map<String, String> fields, String name) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.remove(name);
        return changed;
    }

    private static Document dom(Response response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
