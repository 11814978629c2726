package io.huike.workbench.layout;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The language switch: a plain link that remembers the choice in a cookie and goes back to the page it came from.
 * A link, not a form, because it changes nothing but how pages are shown, and it works without a session.
 */
@Path("/language")
public class LanguageResource {

    /** A year: the choice is a preference, not a secret. */
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("/{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("returnTo") String returnTo) {
        URI back = LocalPaths.safeReturnUri(returnTo);
        Response.ResponseBuilder answer = Response.seeOther(back);
        Language.ofCode(code)
                .ifPresent(language -> answer.cookie(new NewCookie.Builder(LanguageChoice.COOKIE)
                        .value(language.code())
                        .path("/")
                        .maxAge(ONE_YEAR)
                        .httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX)
                        .build()));
        return answer.build();
    }
}
