package io.huike.cases;

import static io.huike.cases.Open311Api.V2;
import static io.huike.cases.Open311Api.caseId;
import static io.huike.cases.Open311Api.issueKey;
import static io.huike.cases.Open311Api.issueKeyId;
import static io.huike.cases.Open311Api.keysPath;
import static io.huike.cases.Open311Api.query;
import static io.huike.cases.Open311Api.resolveAndClose;
import static io.huike.cases.Open311Api.services;
import static io.huike.cases.Open311Api.submit;
import static io.huike.cases.Open311Api.submitted;
import static io.huike.cases.Open311Api.takeOn;
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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
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
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Systems speak Open311 GeoReport v2 to a community with a key its admin issued. */
@QuarkusTest
class Open311Test {

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
                .body("find { it.service_code == 'WATER_DRAINAGE' }.metadata", equalTo(true))
                .body("find { it.service_code == 'GAS' }.metadata", equalTo(false))
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
                        Map.of(
                                "attribute[sewage_overflow]", "yes",
                                "attribute[households_affected]", "4",
                                "media_url", "https://example.org/photos/drain.jpg",
                                "attribute[floor]", "1")),
                "json");
        posted.then()
                .statusCode(201)
                .body("[0].service_request_id", startsWith(api.community.toUpperCase()))
                .body("[0].token", notNullValue())
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
                .body("description", equalTo("鼓楼小区3号楼下水道堵塞，污水外溢\n\n【补充信息】\n污水外溢：有\n受影响户数：4"))
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
                .body("[0].media_url", equalTo("https://example.org/photos/drain.jpg"))
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
        String water = submitted(api, key, "GAS", "燃气表不走字");
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
        given().get(list + "&service_code=SANITATION,GAS").then().body("service_request_id", hasSize(2));
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
        String number = submitted(api, key, "GAS", "燃气管漏气");
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
    void aServiceThatAsksQuestionsDefinesThemAndItsAnswersAreCheckedAgainstTheDefinition() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);

        given().get(V2 + "/services/WATER_DRAINAGE.json" + query(api, key))
                .then()
                .statusCode(200)
                .body("service_code", equalTo("WATER_DRAINAGE"))
                .body("attributes.code", equalTo(List.of("sewage_overflow", "households_affected", "blocked_at")))
                .body("attributes[0].datatype", equalTo("singlevaluelist"))
                .body("attributes[0].required", equalTo(true))
                .body("attributes[0].variable", equalTo(true))
                .body("attributes[0].order", equalTo(1))
                .body("attributes[0].description", equalTo("是否有污水外溢？"))
                .body("attributes[0].values.key", equalTo(List.of("yes", "no")))
                .body("attributes[2].datatype", equalTo("multivaluelist"));
        Element definition = dom(given().get(V2 + "/services/WATER_DRAINAGE.xml" + query(api, key)))
                .getDocumentElement();
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        Element attributes = children(definition).get(1);
        assertThat(attributes.getTagName()).isEqualTo("attributes");
        assertThat(children(attributes))
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.getTagName()).isEqualTo("attribute"));

        Map<String, String> drain = Map.of(
                "api_key", key,
                "jurisdiction_id", api.community,
                "service_code", "WATER_DRAINAGE",
                "description", "下水道堵塞",
                "address_string", "鼓楼小区1号楼");
        assertRefused(drain, "attribute[sewage_overflow]");
        assertRefused(with(drain, "attribute[sewage_overflow]", "maybe"), "attribute[sewage_overflow]");
        assertRefused(
                with(with(drain, "attribute[sewage_overflow]", "no"), "attribute[households_affected]", "很多"),
                "attribute[households_affected]");
        assertRefused(with(drain, "media_url", "javascript:alert(1)"), "media_url");
        given().auth().oauth2(api.admin).get(api.path()).then().statusCode(200).header("X-Total-Count", "0");

        String number = submit(
                        with(with(drain, "attribute[sewage_overflow]", "no"), "attribute[blocked_at][]", "kitchen"),
                        "json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
        api.read(api.handler, caseId(api, number))
                .then()
                .body("description", equalTo("下水道堵塞\n\n【补充信息】\n污水外溢：没有\n堵塞位置：厨房"));
    }

    @Test
    void everyRequestPostedGetsATokenThatLeadsToItsIdWithinTheJurisdictionOnly() throws Exception {
        CaseApi api = CaseApi.freshCommunity();
        CaseApi other = CaseApi.freshCommunity();
        String key = issueKey(api);
        String othersKey = issueKey(other);
        Response posted = submit(
                Map.of(
                        "api_key", key,
                        "jurisdiction_id", api.community,
                        "service_code", "GAS",
                        "description", "燃气味很重",
                        "address_string", "鼓楼小区4号楼"),
                "json");
        String number = posted.path("[0].service_request_id");
        String token = posted.path("[0].token");

        given().get(V2 + "/tokens/" + token + ".json" + query(api, key))
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].service_request_id", equalTo(number))
                .body("[0].token", equalTo(token));
        Element request = children(dom(given().get(V2 + "/tokens/" + token + ".xml" + query(api, key)))
                        .getDocumentElement())
                .get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(children(request).get(0).getTextContent()).isEqualTo(number);
        assertThat(children(request).get(1).getTextContent()).isEqualTo(token);

        given().get(V2 + "/tokens/" + token + ".json" + query(other, othersKey))
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().get(V2 + "/tokens/" + UUID.randomUUID() + ".json" + query(api, key))
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().get(V2 + "/tokens/" + token + ".json?jurisdiction_id=" + api.community + "&api_key=" + othersKey)
                .then()
                .statusCode(403);
        Element xml = dom(submit(
                        Map.of(
                                "api_key", key,
                                "jurisdiction_id", api.community,
                                "service_code", "GAS",
                                "description", "燃气表漏气",
                                "address_string", "鼓楼小区4号楼"),
                        "xml"))
                .getDocumentElement();
        assertThat(children(children(xml).get(0)).get(1).getTagName()).isEqualTo("token");
    }

    @Test
    void requestsArePagedNewestFirstWithoutOverlapAndBadPagingIs400() {
        CaseApi api = CaseApi.freshCommunity();
        String key = issueKey(api);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(0, submitted(api, key, "SANITATION", "垃圾堆放 " + i));
        }
        String list = V2 + "/requests.json" + query(api, key);

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(given().get(list + "&page_size=2&page=" + page)
                    .then()
                    .statusCode(200)
                    .body("", hasSize(page < 3 ? 2 : 1))
                    .extract()
                    .<List<String>>path("service_request_id"));
        }
        assertThat(paged).isEqualTo(given().get(list).then().extract().path("service_request_id"));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(numbers);
        given().get(list + "&page_size=2&page=4").then().statusCode(200).body("", empty());
        given().get(list + "&service_request_id=" + numbers.get(0) + "," + numbers.get(1) + "&page_size=1")
                .then()
                .body("", hasSize(2));
        for (String bad : List.of("page=0", "page=x", "page_size=0", "page_size=1001", "page_size=-5")) {
            given().get(list + "&" + bad)
                    .then()
                    .statusCode(400)
                    .body("[0].code", equalTo(400))
                    .body("[0].description", startsWith(bad.substring(0, bad.indexOf('=')) + ":"));
        }
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

    /** A desk case taken through to its closing, referred once on the way; its tracking number. */
    private static String closedCase(CaseApi api) {
        String id = api.register("POWER_LINES", "楼道灯不亮");
        takeOn(api, id);
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
        resolveAndClose(api, id, "已更换灯泡");
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

    private static Map<String, String> with(Map<String, String> fields, Map<String, String> more) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.putAll(more);
        return changed;
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
