package io.huike.workbench.district;

import io.huike.workbench.layout.Destination;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The district dashboard's data: a GET under {@code /district/data/} that {@link DistrictDataPaths} allows is asked of
 * reporting-service with the signed-in user's access token, and reporting's answer is passed on as it comes, status,
 * content type and body, so that the live stream of figure changes stays a stream and the digest's page and workbook
 * arrive as reporting made them. The token never reaches the browser, which sends only its session cookie.
 *
 * <p>Only the roles that may open the district page may read its data. Signed out (or with a session that has ended)
 * the answer is 499 rather than the identity provider's sign-in page, which a script cannot follow (see
 * {@link ScriptRequests}); reporting's own 401 is passed on as it is. Any other path or method is not found.
 */
@ApplicationScoped
public class DistrictDataProxy {

    private static final Logger LOG = Logger.getLogger(DistrictDataProxy.class);

    /** After the security handlers, before the pages' routes. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

    /** Connections to reporting-service; every open dashboard holds one for its live stream. */
    private static final int CONNECTIONS = 200;

    /** The headers of reporting's answer the browser gets; the workbench adds its own security headers to all. */
    private static final List<CharSequence> RELAYED = List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.RETRY_AFTER,
            HttpHeaders.LAST_MODIFIED,
            HttpHeaders.ETAG);

    private final HttpClient client;
    private final String reporting;
    private final long readTimeout;

    DistrictDataProxy(
            Vertx vertx,
            @ConfigProperty(name = "huike.services.reporting-url") String reporting,
            @ConfigProperty(name = "quarkus.rest-client.connect-timeout", defaultValue = "2000") int connectTimeout,
            @ConfigProperty(name = "quarkus.rest-client.read-timeout", defaultValue = "10000") long readTimeout) {
        this.reporting = reporting.endsWith("/") ? reporting.substring(0, reporting.length() - 1) : reporting;
        this.readTimeout = readTimeout;
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout(connectTimeout),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS));
    }

    void routes(@Observes Router router) {
        router.route(DistrictDataPaths.PREFIX + "*").order(ORDER).handler(this::handle);
    }

    void close(@Observes ShutdownEvent shutdown) {
        client.close();
    }

    private void handle(RoutingContext context) {
        HttpServerResponse out = context.response();
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            end(out, 401);
            return;
        }
        if (Destination.DISTRICT.roles().stream().noneMatch(identity::hasRole)) {
            end(out, 403);
            return;
        }
        Optional<DistrictDataPaths.Forward> forward = context.request().method() == HttpMethod.GET
                ? DistrictDataPaths.forward(context.normalizedPath())
                : Optional.empty();
        if (forward.isEmpty()) {
            end(out, 404);
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null) {
            end(out, 401);
            return;
        }
        String query = context.request().query();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(
                        reporting + forward.get().path() + (query == null || query.isEmpty() ? "" : "?" + query))
                .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken())
                .putHeader(HttpHeaders.ACCEPT, accept == null ? "*/*" : accept);
        if (!forward.get().stream()) {
            // The live stream may stay quiet for long; every other answer comes at once or not at all.
            request.setIdleTimeout(readTimeout);
        }
        client.request(request).onComplete(opened -> {
            if (opened.failed()) {
                unavailable(out, forward.get(), opened.cause());
                return;
            }
            HttpClientRequest upstream = opened.result();
            // A dashboard closed or reloaded ends its stream at reporting-service too.
            out.closeHandler(closed -> upstream.reset());
            upstream.send().onComplete(answered -> {
                if (answered.failed()) {
                    unavailable(out, forward.get(), answered.cause());
                } else {
                    relay(answered.result(), out, upstream);
                }
            });
        });
    }

    /** Status, the relayed headers and the body as it arrives; the head goes out at once, so a stream opens at once. */
    private static void relay(HttpClientResponse answer, HttpServerResponse out, HttpClientRequest upstream) {
        if (out.closed()) {
            upstream.reset();
            return;
        }
        out.setStatusCode(answer.statusCode());
        for (CharSequence name : RELAYED) {
            String value = answer.getHeader(name);
            if (value != null) {
                out.putHeader(name, value);
            }
        }
        if (answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            out.setChunked(true);
        }
        out.write(Buffer.buffer());
        answer.pipe().endOnFailure(false).to(out).onFailure(broken -> {
            // A body cut short must not look complete: the browser's connection is dropped as well.
            upstream.reset();
            out.reset();
        });
    }

    private static void unavailable(HttpServerResponse out, DistrictDataPaths.Forward forward, Throwable cause) {
        LOG.warnf("reporting-service did not answer %s: %s", forward.path(), cause.getMessage());
        if (out.closed() || out.ended()) {
            return;
        }
        if (out.headWritten()) {
            out.reset();
        } else {
            end(out, 503);
        }
    }

    private static void end(HttpServerResponse out, int status) {
        out.setStatusCode(status).end();
    }
}
