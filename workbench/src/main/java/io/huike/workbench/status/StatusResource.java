package io.huike.workbench.status;

import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.status.client.CaseStatusClient;
import io.huike.workbench.status.client.CaseStatusView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The resident's status page, open to everyone: the tracking number from the slip and the last four digits of the
 * phone given at the desk show the case's status and what the staff shared. A wrong number and wrong digits get the
 * same answer, so that neither can be told from the other; each address may look up only a few times.
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
public class StatusResource {

    private static final Logger LOG = Logger.getLogger(StatusResource.class);
    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    private final CaseStatusClient lookups;
    private final LookupLimiter limiter;
    private final PageFrame frame;
    private final HttpServerRequest request;

    StatusResource(
            @RestClient CaseStatusClient lookups, LookupLimiter limiter, PageFrame frame, HttpServerRequest request) {
        this.lookups = lookups;
        this.limiter = limiter;
        this.frame = frame;
        this.request = request;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(StatusView view);
    }

    @GET
    public TemplateInstance page(@QueryParam("number") String number) {
        String given = number == null ? "" : number.strip();
        return frame.render(Templates.status(StatusView.form(given.length() > 40 ? "" : given)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(@RestForm String number, @RestForm String phoneLast4) {
        StatusMsg msg = frame.language().messages(StatusMsg.class);
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        String digits = phoneLast4 == null ? "" : phoneLast4.strip();
        String numberError = NUMBER.matcher(n).matches() ? "" : msg.numberFormat();
        String phoneError = LAST4.matcher(digits).matches() ? "" : msg.last4Format();
        if (!numberError.isEmpty() || !phoneError.isEmpty()) {
            return answer(400, new StatusView(n.length() > 40 ? "" : n, numberError, phoneError, "", null), null);
        }
        String address = clientAddress();
        LookupLimiter.Decision decision = limiter.tryLookup(address, Instant.now());
        if (!decision.allowed()) {
            return answer(
                    429,
                    new StatusView(n, "", "", msg.tooMany(minutes(decision.retryAfterSeconds())), null),
                    String.valueOf(decision.retryAfterSeconds()));
        }
        try {
            CaseStatusView found = lookups.lookUp(address, new CaseStatusClient.StatusLookup(n, digits));
            return answer(200, new StatusView(n, "", "", "", found), null);
        } catch (ServiceProblemException refused) {
            if (refused.status() == 404) {
                return answer(404, new StatusView(n, "", "", msg.notFound(), null), null);
            }
            if (refused.status() == 429) {
                String wait = refused.retryAfter();
                return answer(
                        429,
                        new StatusView(n, "", "", msg.tooMany(minutes(seconds(wait))), null),
                        wait == null ? null : String.valueOf(seconds(wait)));
            }
            if (refused.status() == 400) {
                return answer(400, new StatusView(n, msg.numberFormat(), "", "", null), null);
            }
            LOG.warnf("The status lookup failed: %s", refused.problem());
            return answer(503, new StatusView(n, "", "", msg.unavailable(), null), null);
        } catch (ProcessingException unreachable) {
            LOG.warnf("The status lookup did not answer: %s", unreachable.getMessage());
            return answer(503, new StatusView(n, "", "", msg.unavailable(), null), null);
        }
    }

    private Response answer(int status, StatusView view, String retryAfter) {
        Response.ResponseBuilder response = Response.status(status).entity(frame.render(Templates.status(view)));
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }

    /**
     * The resident's address as the HTTP layer sees it: the peer, or, where the workbench is configured to trust a
     * proxy ({@code quarkus.http.proxy.*}), the address the proxy forwarded.
     */
    private String clientAddress() {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    /** Seconds to wait as whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    /** Retry-After as seconds (it may also be an HTTP date, then a minute is a fair guess). */
    static long seconds(String retryAfter) {
        if (retryAfter == null) {
            return 60;
        }
        try {
            return Math.max(1, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException date) {
            return 60;
        }
    }
}
