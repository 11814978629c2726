package io.huike.plumbing.problems;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A refusal that reaches the caller as a problem detail; thrown before anything is written. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getTitle() + ": " + problem.getDetail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static URI type(String slug) {
        return URI.create("urn:huike:problem:" + slug);
    }

    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(new Problem(
                type("invalid-request"),
                "Invalid request",
                400,
                "The request has fields at fault; see errors",
                violations,
                null));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem(type("not-found"), "Not found", 404, detail, null, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem(type("forbidden"), "Forbidden", 403, detail, null, null));
    }

    public static ProblemException conflict(String slug, String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem(type(slug), "Conflict", 409, detail, null, extensions));
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(new Problem(type(slug), "Unprocessable request", 422, detail, null, null));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(new Problem(type("stale-version"), "Precondition failed", 412, detail, null, null));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(
                new Problem(type("if-match-required"), "Precondition required", 428, detail, null, null));
    }
}
