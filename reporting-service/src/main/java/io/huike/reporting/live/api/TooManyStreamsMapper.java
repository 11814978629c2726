package io.huike.reporting.live.api;

import io.huike.plumbing.problems.ProblemMappers;
import io.huike.reporting.live.TooManyStreams;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The 429 problem detail of a refused stream, with the Retry-After that the plain problem mapping cannot add. */
public class TooManyStreamsMapper {

    @ServerExceptionMapper
    public Response tooManyStreams(TooManyStreams e, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(e.problem(), uri))
                .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .build();
    }
}
