package io.huike.workbench.layout;

import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What the user sees when a page cannot be shown: a page in the layout saying why in their language, never a stack
 * trace. A role that may not open a page gets 403 with the way home; a service that does not answer gets 503; an
 * unexpected failure gets 500 with an incident id that is also in the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Instance<PageFrame> frame;
    private final Instance<ProblemMessages> problems;

    ErrorPages(Instance<PageFrame> frame, Instance<ProblemMessages> problems) {
        this.frame = frame;
        this.problems = problems;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView error);
    }

    /** What went wrong, for the error page. */
    public record ErrorView(int status, String title, String message, String incident, boolean offerSignIn) {}

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        Msg msg = frame.get().messages();
        return page(403, msg.forbiddenTitle(), msg.forbiddenMessage(), null, false);
    }

    @ServerExceptionMapper
    public Response noCommunity(CurrentCommunity.NoCommunity e) {
        Msg msg = frame.get().messages();
        return page(403, msg.noCommunityTitle(), msg.noCommunityMessage(), null, false);
    }

    @ServerExceptionMapper
    public Response serviceProblem(ServiceProblemException e) {
        Msg msg = frame.get().messages();
        int status = e.status();
        String message = problems.get().describe(e.problem());
        if (status == 401) {
            return page(401, msg.signInAgainTitle(), message, null, true);
        }
        if (status == 403) {
            return page(403, msg.forbiddenTitle(), message, null, false);
        }
        if (status == 404) {
            return page(404, msg.notFoundTitle(), message, null, false);
        }
        if (status >= 500) {
            LOG.warnf("A service answered %s", e.problem());
            return page(503, msg.unavailableTitle(), message, null, false);
        }
        return page(status, msg.errorTitle(), message, null, false);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("A service did not answer: %s", e.getMessage());
        Msg msg = frame.get().messages();
        return page(503, msg.unavailableTitle(), msg.problemUnavailable(), null, false);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Msg msg = frame.get().messages();
        if (status == 404) {
            return page(404, msg.notFoundTitle(), msg.notFoundMessage(), null, false);
        }
        return page(status, msg.errorTitle(), msg.problemOther(status), null, false);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s", incident);
        Msg msg = frame.get().messages();
        return page(500, msg.errorTitle(), msg.unexpectedMessage(incident), incident, false);
    }

    /**
     * A form refused before any page saw it, with a bare 400: the CSRF check found no token or a stale one (a page
     * left open too long, cookies cleared). The user is told to open the page again rather than shown nothing.
     */
    @ServerResponseFilter
    public void formRefused(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())) {
            Msg msg = frame.get().messages();
            Response page = page(400, msg.formExpiredTitle(), msg.formExpiredMessage(), null, false);
            response.setEntity(page.getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private Response page(int status, String title, String message, String incident, boolean offerSignIn) {
        String html = frame.get()
                .renderWithoutForms(Templates.error(new ErrorView(status, title, message, incident, offerSignIn)))
                .render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }
}
