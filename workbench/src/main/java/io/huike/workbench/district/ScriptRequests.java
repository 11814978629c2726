package io.huike.workbench.district;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which requests come from a page's script rather than from the browser's address bar: the district dashboard's data
 * requests, and any request that says so ({@code X-Requested-With: JavaScript}). Signed out, or once the session has
 * ended, such a request is answered 499 instead of being sent to the identity provider's sign-in page, which a script
 * cannot show ({@code quarkus.oidc.authentication.java-script-auto-redirect=false}); the page then offers to sign in
 * again. Every other request goes to the sign-in page as before.
 */
@ApplicationScoped
public class ScriptRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return isDistrictData(context) || "JavaScript".equals(context.request().getHeader("X-Requested-With"));
    }

    private static boolean isDistrictData(RoutingContext context) {
        try {
            return context.normalizedPath().startsWith(DistrictDataPaths.PREFIX);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
