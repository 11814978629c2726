package io.huike.workbench.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.Pages;
import io.huike.workbench.ServicesStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(ServicesStandIn.class)
@TestProfile(StatusLookupLimitTest.TwoLookups.class)
class StatusLookupLimitTest {

    /** Two lookups per address per hour. */
    public static class TwoLookups implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("huike.status.lookups-per-window", "2", "huike.status.window", "PT1H");
        }
    }

    @Test
    void anAddressThatLooksUpTooOftenIsToldToWaitWithoutAskingTheService() {
        ServicesStandIn.server().resetAll();
        String token = Pages.csrfToken();
        for (int i = 0; i < 2; i++) {
            Pages.form(token)
                    .formParam("number", "GL-2026-00000" + i)
                    .formParam("phoneLast4", "1234")
                    .post("/status")
                    .then()
                    .statusCode(404);
        }
        int asked = ServicesStandIn.server().getAllServeEvents().size();

        io.restassured.response.Response page = Pages.form(token)
                .formParam("number", "GL-2026-000009")
                .formParam("phoneLast4", "1234")
                .post("/status")
                .then()
                .statusCode(429)
                .extract()
                .response();

        assertThat(Long.parseLong(page.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(page.asString()).contains("id=\"status-message\"", "请 60 分钟后再试");
        assertThat(ServicesStandIn.server().getAllServeEvents()).hasSize(asked);
    }
}
