package io.huike.workbench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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

    /** The running stand-in with the stubs and requests of earlier tests forgotten. */
    public static WireMockServer reset() {
        server.resetAll();
        return server;
    }

    /** Has the stand-in answer the request with 200 and the JSON body given. */
    public static void json(MappingBuilder request, String body) {
        json(request, 200, body);
    }

    /** Has the stand-in answer the request with the status and JSON body given. */
    public static void json(MappingBuilder request, int status, String body) {
        server.stubFor(request.willReturn(answer(status, "application/json", body)));
    }

    /** Has the stand-in answer the request with 200, the JSON body given and one header more (a count, an ETag). */
    public static void jsonWithHeader(MappingBuilder request, String header, String value, String body) {
        server.stubFor(request.willReturn(answer(200, "application/json", body).withHeader(header, value)));
    }

    /** Has the stand-in refuse the request with the status and the problem details (RFC 9457) given. */
    public static void problem(MappingBuilder request, int status, String body) {
        server.stubFor(request.willReturn(answer(status, "application/problem+json", body)));
    }

    private static ResponseDefinitionBuilder answer(int status, String contentType, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", contentType)
                .withBody(body);
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
