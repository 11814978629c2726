package io.huike.workbench.layout;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers on every response that tell browsers what a page may load and do: only our own scripts and styles (htmx
 * included, from its webjar), no framing, no sniffing, no referrer. Pages carry residents' data, so they are never
 * cached; the static files are. Forms may be sent to us, and on to the identity provider when a session has ended
 * while a form was open (the sign-in redirect follows the form).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before the routes, so that every response gets the headers, redirects and refusals included. */
    private static final int PRIORITY = 1000;

    private final String policy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") java.util.Optional<String> provider) {
        this.policy = policyFor(provider.map(SecurityHeaders::originOf).orElse(""));
    }

    static String policyFor(String providerOrigin) {
        String formAction = providerOrigin.isEmpty() ? "'self'" : "'self' " + providerOrigin;
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action " + formAction + "; frame-ancestors 'none'";
    }

    /** {@code http://127.0.0.1:8180} of {@code http://127.0.0.1:8180/realms/huike}. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::onResponse, PRIORITY);
    }

    private void onResponse(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "DENY");
            if (!isStaticFile(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    static boolean isStaticFile(String path) {
        return path != null && (path.startsWith("/static/") || path.startsWith("/webjars/"));
    }
}
