package io.huike.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.kernel.roles.Roles;
import io.huike.testing.TestTokens;
import io.huike.testing.TopicRecords;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in headless Chromium: it loads with a real token, shows the figures of a flow applied from the
 * topics (a volunteer's hours among them), updates live when another event is applied, switches to English, and leaves a screenshot in
 * {@code target/dashboard.png}. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (installed by {@code deploy/local/install-chromium.sh}, which {@code ./platform test} runs).
 */
@QuarkusTest
class DashboardBrowserTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource("/dashboard/")
    URI dashboard;

    @Test
    void theDashboardShowsTheFiguresOfARealFlowAndUpdatesLive() throws Exception {
        assertThat(Files.isExecutable(HeadlessChromium.CHROMIUM) && Files.isExecutable(HeadlessChromium.CHROMEDRIVER))
                .as("Chromium and chromedriver: run deploy/local/install-chromium.sh (./platform test does)")
                .isTrue();
        String community = "b" + UUID.randomUUID().toString().substring(0, 8);
        TopicRecords.publish(
                kafka,
                "roster-events",
                community,
                Envelopes.envelope(
                        "roster-service",
                        community,
                        community,
                        "community.registered.v1",
                        1,
                        Envelopes.data()
                                .put("communityId", community)
                                .put("name", "鼓楼社区")
                                .put("code", "GL")
                                .put("subdistrict", "老城街道")
                                .put("district", "汉滨区")));
        CaseScript answered = new CaseScript(community)
                .registered(
                        "GL-1",
                        "RECEPTION_ROOM",
                        "WATER_DRAINAGE",
                        "g1",
                        "2026-05-06T01:30:00Z",
                        "2026-05-06T16:00:00Z",
                        "2026-05-12T16:00:00Z")
                .assigned("m-wang", "2026-05-06T02:00:00Z")
                .started("2026-05-06T03:00:00Z");
        CaseScript waiting = new CaseScript(community)
                .registered(
                        "GL-2",
                        "PHONE",
                        "SANITATION",
                        "g1",
                        "2026-05-07T02:00:00Z",
                        "2026-05-07T16:00:00Z",
                        "2026-05-14T16:00:00Z");
        TopicRecords.publish(kafka, "case-events", answered.caseId, answered.events.toArray(String[]::new));
        TopicRecords.publish(kafka, "case-events", waiting.caseId, waiting.events.toArray(String[]::new));
        String volunteer = UUID.randomUUID().toString();
        String activity = UUID.randomUUID().toString();
        ObjectNode activityData = Envelopes.data()
                .put("activityId", activity)
                .put("heldOn", "2026-05-09")
                .put("recordedBy", "admin-li")
                .put("recordedAt", "2026-05-09T10:00:00Z");
        activityData
                .putArray("served")
                .addObject()
                .put("volunteerId", volunteer)
                .put("hours", 2.5);
        ObjectNode volunteerData = Envelopes.data()
                .put("volunteerId", volunteer)
                .put("signedUpBy", "admin-li")
                .put("signedUpAt", "2026-05-02T02:00:00Z");
        volunteerData.putArray("skills");
        TopicRecords.publish(
                kafka,
                "outreach-events",
                volunteer,
                Envelopes.envelope(
                        "outreach-service", community, volunteer, "volunteer.signed-up.v1", 1, volunteerData),
                Envelopes.envelope(
                        "outreach-service", community, activity, "volunteer-activity.recorded.v1", 1, activityData));
        String token = TestTokens.token(Roles.DISTRICT_SUPERVISOR, community);

        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(dashboard + "#token=" + token + "&from=2026-05-01&to=2026-05-31");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        browser.script("document.getElementById('load').click()");
                        return "2".equals(figure(browser, "registered"))
                                && "50.0%".equals(figure(browser, "responseRate"))
                                && "1".equals(figure(browser, "volunteersActive"))
                                && "2.5".equals(figure(browser, "volunteerHours"));
                    });
            assertThat(browser.script("return location.hash"))
                    .as("the token leaves the address bar once read")
                    .isEqualTo("#from=2026-05-01&to=2026-05-31");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "鼓楼社区"
                            .equals(browser.script("const c = document.querySelector('#fourOnes tbody td');"
                                    + " return c ? c.textContent : ''")));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "on".equals(browser.script("return document.getElementById('live').className")));

            // No more clicks: only the live stream can bring the new case. Should the stream not yet be subscribed
            // when the registration is applied, each poll applies a harmless assignment until one is heard.
            CaseScript later = new CaseScript(community)
                    .registered(
                            "GL-3",
                            "ONLINE",
                            "GAS",
                            null,
                            "2026-05-08T02:00:00Z",
                            "2026-05-08T16:00:00Z",
                            "2026-05-15T16:00:00Z");
            TopicRecords.publish(kafka, "case-events", later.caseId, later.events.toArray(String[]::new));
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        if ("3".equals(figure(browser, "registered"))) {
                            return true;
                        }
                        later.assigned("m-li", "2026-05-08T03:00:00Z");
                        TopicRecords.publish(
                                kafka, "case-events", later.caseId, later.events.get(later.events.size() - 1));
                        return false;
                    });

            browser.script("document.getElementById('language').click()");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> "Registered"
                            .equals(browser.script(
                                    "return document.querySelector('[data-figure=registered] .label').textContent")));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !browser.script("return document.querySelector('#trendChart canvas') ? 'drawn' : ''")
                            .isEmpty());
            browser.screenshot(Path.of("target", "dashboard.png"));
        }
        assertThat(Path.of("target", "dashboard.png")).isNotEmptyFile();
    }

    /** The live stream ends when its token expires; a refused token is said so and is not sent again and again. */
    @Test
    void aTokenTheServiceRefusesIsSaidToHaveExpiredAndTheStreamIsNotRetried() throws Exception {
        String expired = TestTokens.expired(
                Roles.DISTRICT_SUPERVISOR, "b" + UUID.randomUUID().toString().substring(0, 8));
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.open(dashboard.toString());
            browser.script("window.streamRequests = 0; const plain = window.fetch;"
                    + " window.fetch = (url, options) => { if (String(url).endsWith('/figure-changes'))"
                    + " window.streamRequests++; return plain(url, options); };");
            browser.script("document.getElementById('token').value = '" + expired + "';"
                    + " document.getElementById('load').click()");
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> browser.script("return document.getElementById('status').textContent")
                            .contains("令牌已过期"));
            // The stream was retried every 3 s before; four times that shows whether it still is.
            Thread.sleep(12_000);
            assertThat(browser.script("return String(window.streamRequests)")).isEqualTo("1");
        }
    }

    private static String figure(HeadlessChromium browser, String name) {
        return browser.script("const v = document.querySelector('[data-figure=" + name + "] .value');"
                + " return v ? v.textContent : ''");
    }
}
