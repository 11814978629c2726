package io.huike.workbench.admin;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.roles.Roles;
import io.huike.workbench.cases.client.CaseClient;
import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The community admin's administration: a page linking to each part, with how many closings wait for approval. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class AdminResource {

    private final CaseClient cases;
    private final CurrentCommunity community;
    private final PageFrame frame;

    AdminResource(@RestClient CaseClient cases, CurrentCommunity community, PageFrame frame) {
        this.cases = cases;
        this.community = community;
        this.frame = frame;
    }

    /**
     * The overview.
     *
     * @param awaitingClosing how many cases wait for the admin to approve their closing; -1 when not known
     */
    public record Overview(long awaitingClosing) {

        public boolean known() {
            return awaitingClosing >= 0;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview view);
    }

    @GET
    public TemplateInstance overview() {
        String where = community.require();
        long waiting;
        try {
            RestResponse<List<CaseRecord>> found = cases.list(
                    where, List.of(CaseStatus.FEEDBACK_GIVEN.name()), null, null, null, null, "OLDEST", 0, 1);
            waiting = ClosingApprovalsResource.totalOf(found);
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            waiting = -1;
        } catch (ProcessingException unavailable) {
            waiting = -1;
        }
        return frame.render(Templates.overview(new Overview(waiting)));
    }
}
