package io.huike.plumbing.problems;

import java.net.URI;

/**
 * A refusal made at the HTTP edge (a missing or unreadable If-Match, an unreadable parameter) that reaches the caller
 * as a problem detail; domain rules throw a {@link io.huike.kernel.refusals.Refusal} instead. Thrown before anything
 * is written.
 */
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

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(new Problem(type("stale-version"), "Precondition failed", 412, detail, null, null));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(
                new Problem(type("if-match-required"), "Precondition required", 428, detail, null, null));
    }
}
