package io.huike.workbench.session;

import io.huike.workbench.layout.LocalPaths;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Signing in and choosing the community. Signing out is the OIDC layer's own path ({@code /logout}), which also
 * ends the session at the identity provider.
 */
@Path("/session")
public class SessionResource {

    private final SignedInUser user;

    SessionResource(SignedInUser user) {
        this.user = user;
    }

    /** The sign-in link: reaching it signed out starts the sign-in at the identity provider, then goes on. */
    @GET
    @Path("/login")
    @Authenticated
    public Response login(@QueryParam("returnTo") String returnTo) {
        return Response.seeOther(LocalPaths.safeReturnUri(returnTo)).build();
    }

    /** The community switcher: remembers a community the user may see and goes back to the page. */
    @POST
    @Path("/community")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseCommunity(@RestForm String community, @RestForm String returnTo) {
        Response.ResponseBuilder answer = Response.seeOther(LocalPaths.safeReturnUri(returnTo));
        if (community != null && user.communities().contains(community)) {
            answer.cookie(new NewCookie.Builder(CurrentCommunity.COOKIE)
                    .value(community)
                    .path("/")
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return answer.build();
    }
}
