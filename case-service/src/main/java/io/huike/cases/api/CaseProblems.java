package io.huike.cases.api;

import io.huike.cases.CaseRuleViolation;
import io.huike.cases.PaperLog;
import io.huike.cases.TransitionRefused;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.plumbing.problems.Problem;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.problems.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The case rules' refusals as problem details: a transition the status does not allow is a 409 naming both; a time
 * further back than the paper log allows is a 422 naming the field, the limit and the earliest time allowed.
 */
public class CaseProblems {

    @ServerExceptionMapper
    public Response refusedTransition(TransitionRefused e, UriInfo uri) {
        Map<String, Object> allowed = new TreeMap<>();
        e.allowed().forEach((action, next) -> allowed.put(action.name(), next.name()));
        Problem problem = new Problem(
                ProblemException.type("transition-not-allowed"),
                "Transition not allowed",
                409,
                "A case that is " + e.current() + " cannot be " + e.action()
                        + (allowed.isEmpty()
                                ? "; nothing more can be done to it"
                                : "; allowed next: " + allowed.keySet()),
                null,
                Map.of(
                        "currentStatus",
                        e.current().name(),
                        "refusedAction",
                        e.action().name(),
                        "allowedNext",
                        allowed));
        return ProblemMappers.respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response ruleViolation(CaseRuleViolation e, UriInfo uri) {
        Problem problem = new Problem(
                ProblemException.type("case-rule"),
                "Unprocessable request",
                422,
                e.getMessage(),
                List.of(new FieldViolation(e.field(), e.getMessage())),
                null);
        return ProblemMappers.respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response paperLogTooOld(PaperLog.TooOld e, UriInfo uri) {
        Problem problem = new Problem(
                ProblemException.type("paper-log-too-old"),
                "Unprocessable request",
                422,
                e.field() + " " + e.getMessage(),
                List.of(new FieldViolation(e.field(), e.getMessage())),
                Map.of("paperLogMaxAgeDays", e.maxAgeDays(), "earliestAllowed", e.earliest()));
        return ProblemMappers.respond(problem, uri);
    }
}
