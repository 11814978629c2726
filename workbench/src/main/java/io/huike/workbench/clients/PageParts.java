package io.huike.workbench.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Reads the parts of a page from the services. A part that a service refuses or cannot answer is left out, and the
 * page says it is unknown instead of failing as a whole; an expired sign-in (401) still ends the page, so that the
 * user signs in again.
 */
@ApplicationScoped
public class PageParts {

    private static final Logger LOG = Logger.getLogger(PageParts.class);

    private final ManagedExecutor executor;

    PageParts(ManagedExecutor executor) {
        this.executor = executor;
    }

    /** The part, or empty when it cannot be read. */
    public static <T> Optional<T> optional(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            LOG.debugf("A service refused a part of the page: %s", refused.getMessage());
            return Optional.empty();
        } catch (ProcessingException unavailable) {
            LOG.debugf("A service could not answer: %s", unavailable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The same, asked on another thread that carries this request's context (the signed-in user whose token is
     * sent): parts asked side by side take as long as the slowest of them instead of their sum.
     */
    public <T> CompletableFuture<Optional<T>> inParallel(Supplier<T> call) {
        return executor.supplyAsync(() -> optional(call));
    }

    /** Any call, on another thread that carries this request's context. */
    public <T> CompletableFuture<T> async(Supplier<T> call) {
        return executor.supplyAsync(call);
    }

    /** The answer, or what ended it (an expired sign-in) as it was thrown. */
    public static <T> T joined(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
