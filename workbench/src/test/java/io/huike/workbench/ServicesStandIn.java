package io.huike.workbench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One stand-in HTTP server for case-service, roster-service, outreach-service and reporting-service, which tests
 * stub with what the services would answer and then ask what the workbench sent them.
 */
public class ServicesStandIn implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** The running stand-in, for stubbing and verifying. */
    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://127.0.0.1:" + server.port();
        return Map.of(
                "huike.services.case-url", url,
                "huike.services.roster-url", url,
                "huike.services.outreach-url", url,
                "huike.services.reporting-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
