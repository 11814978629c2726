package io.huike.workbench.clients;

/**
 * A service refused what the workbench asked for on the user's behalf, with a problem detail. Pages catch it where
 * they can show the problem next to a form; anything else becomes an error page ({@code ErrorPages}).
 */
public class ServiceProblemException extends RuntimeException {

    private final transient ServiceProblem problem;
    private final String retryAfter;

    public ServiceProblemException(ServiceProblem problem, String retryAfter) {
        super(problem.toString());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public ServiceProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status;
    }

    /** The service's {@code Retry-After} header (seconds), if it sent one. */
    public String retryAfter() {
        return retryAfter;
    }
}
