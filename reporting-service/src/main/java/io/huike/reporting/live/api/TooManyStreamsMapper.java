package io.huike.reporting.live.api;

import io.huike.plumbing.problems.Problem;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.problems.ProblemMappers;
import io.huike.reporting.live.TooManyStreams;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused stream as a 429 problem detail, with the Retry-After that the plain problem mapping cannot add. */
public class TooManyStreamsMapper {

    @ServerExceptionMapper
    public Response tooManyStreams(TooManyStreams e, UriInfo uri) {
        Problem problem = new Problem(
                ProblemException.type("too-many-streams"),
                "Too many requests",
                429,
                e.getMessage(),
                null,
                Map.of("limit", e.limit()));
        return Response.fromResponse(ProblemMappers.respond(problem, uri))
                .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .build();
    }
}
