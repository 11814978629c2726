package io.huike.cases.lookup.api;

import io.huike.cases.lookup.LookupsLimited;
import io.huike.plumbing.problems.Problem;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.problems.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A lookup over its limits as a 429 problem detail, with Retry-After in seconds. */
public class CaseStatusLookupProblems {

    @ServerExceptionMapper
    public Response limited(LookupsLimited e, UriInfo uri) {
        long seconds = e.retryAfter().getSeconds();
        Problem problem = new Problem(
                ProblemException.type("too-many-lookups"),
                "Too Many Requests",
                429,
                e.getMessage(),
                null,
                Map.of("retryAfterSeconds", seconds));
        return Response.fromResponse(ProblemMappers.respond(problem, uri))
                .header("Retry-After", String.valueOf(seconds))
                .build();
    }
}
