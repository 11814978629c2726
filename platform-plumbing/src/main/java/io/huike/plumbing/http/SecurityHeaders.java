package io.huike.plumbing.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response of every service that tell browsers what a page may load and do: no script but our own
 * files, no framing, no content sniffing, no referrer. Every response except the static files of the pages is
 * {@code Cache-Control: no-store}, because API answers (problem details too) carry residents' and members' data.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Our pages and API answers. Styles may be inline: the digest page prints with its own style element and the
     * charts' tooltips style their markup inline; scripts may not.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI starts itself with an inline script that Quarkus writes; it gets that and nothing more. */
    static final String SWAGGER_UI_POLICY = POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

    /** Before the routes, so that every response gets the headers, refusals included. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::onResponse, PRIORITY);
    }

    private static void onResponse(RoutingContext context) {
        String path = pathOf(context);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", isSwaggerUi(path) ? SWAGGER_UI_POLICY : POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (!isStaticFile(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    /** The path with dot segments resolved; a malformed one is no static file (EdgeProblems refuses it). */
    private static String pathOf(RoutingContext context) {
        try {
            return context.normalizedPath();
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }

    private static boolean isSwaggerUi(String path) {
        return path.startsWith("/q/swagger-ui");
    }

    /** The pages' own files hold no data; the data comes from the API with a token. */
    static boolean isStaticFile(String path) {
        return path.startsWith("/dashboard/") || path.startsWith("/webjars/") || isSwaggerUi(path);
    }
}
