package io.huike.reporting.reconcile.api;

import io.huike.plumbing.problems.Problem;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.problems.ProblemMappers;
import io.huike.reporting.reconcile.CaseServiceUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A reconciliation the case service could not answer: 502, since the fault lies with the service asked. */
public class ReconciliationProblems {

    @ServerExceptionMapper
    public Response caseServiceUnavailable(CaseServiceUnavailable e, UriInfo uri) {
        return ProblemMappers.respond(
                new Problem(
                        ProblemException.type("case-service-unavailable"),
                        "Bad gateway",
                        502,
                        e.getMessage(),
                        null,
                        null),
                uri);
    }
}
