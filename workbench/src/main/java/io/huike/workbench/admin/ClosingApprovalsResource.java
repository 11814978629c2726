package io.huike.workbench.admin;

import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.roles.Roles;
import io.huike.workbench.admin.client.CaseAdminClient;
import io.huike.workbench.admin.client.CaseRules;
import io.huike.workbench.cases.client.CaseClient;
import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.clients.Versions;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.roster.FormFailure;
import io.huike.workbench.roster.client.MemberView;
import io.huike.workbench.roster.client.RosterClient;
import io.huike.workbench.session.CurrentCommunity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Closings waiting for the admin: the community's cases whose result the resident has been told (status
 * {@code FEEDBACK_GIVEN}), oldest first, each closed with one button that sends the version the page showed
 * (If-Match) to case-service's closing.
 */
@Path("/admin/closing-approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.COMMUNITY_ADMIN)
public class ClosingApprovalsResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** As many waiting cases as one page lists; the case queue lists the rest. */
    static final int PAGE_SIZE = 50;

    private final CaseClient cases;
    private final CaseAdminClient settings;
    private final RosterClient roster;
    private final CurrentCommunity community;
    private final PageFrame frame;
    private final AdminWords words;

    ClosingApprovalsResource(
            @RestClient CaseClient cases,
            @RestClient CaseAdminClient settings,
            @RestClient RosterClient roster,
            CurrentCommunity community,
            PageFrame frame,
            AdminWords words) {
        this.cases = cases;
        this.settings = settings;
        this.roster = roster;
        this.community = community;
        this.frame = frame;
        this.words = words;
    }

    /** A case waiting to be closed, with its handler's name. */
    public record Waiting(CaseRecord c, String assigneeName) {

        /** The id of its approval form ({@code approve-<case id>}). */
        public String formId() {
            return "approve-" + c.id();
        }
    }

    /**
     * The cases waiting.
     *
     * @param total how many wait in all, beyond this page too
     * @param approvalRequired whether the community requires the admin's approval to close (else handlers close too)
     */
    @TemplateData
    public record ApprovalsView(List<Waiting> waiting, long total, boolean approvalRequired, AdminForms forms) {

        public boolean more() {
            return total > waiting.size();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance approvals(ApprovalsView view);
    }

    @GET
    public TemplateInstance approvals(@QueryParam("done") String done) {
        AdminForms forms =
                "approved".equals(done) ? AdminForms.done(words.admin().doneClosingApproved()) : AdminForms.NONE;
        return frame.render(Templates.approvals(view(community.require(), forms)));
    }

    /** Closes the case, sent with the version the page showed. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @RestForm String version) {
        String where = community.require();
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        String ifMatch = Versions.ifMatch(version);
        try {
            cases.close(where, id, ifMatch);
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            FormFailure failure = words.caseRefusal("approve-" + id, refused.problem(), Map.of());
            return Response.status(refused.status())
                    .entity(frame.render(Templates.approvals(view(where, AdminForms.failed(failure)))))
                    .build();
        }
        return Response.seeOther(URI.create("/admin/closing-approvals?done=approved#outcome"))
                .build();
    }

    private ApprovalsView view(String where, AdminForms forms) {
        RestResponse<List<CaseRecord>> found = cases.list(
                where, List.of(CaseStatus.FEEDBACK_GIVEN.name()), null, null, null, null, "OLDEST", 0, PAGE_SIZE);
        Map<String, String> names = memberNames(where);
        List<Waiting> waiting = found.getEntity().stream()
                .map(c -> new Waiting(
                        c, c.assigneeId() == null ? "" : names.getOrDefault(c.assigneeId(), c.assigneeId())))
                .toList();
        return new ApprovalsView(waiting, totalOf(found), approvalRequired(where), forms);
    }

    private boolean approvalRequired(String where) {
        try {
            CaseRules.Settings s = settings.settings(where);
            return s == null || s.closingRequiresAdmin() == null || s.closingRequiresAdmin();
        } catch (ServiceProblemException | ProcessingException unknown) {
            return true;
        }
    }

    private Map<String, String> memberNames(String where) {
        try {
            return roster.members(where).stream()
                    .filter(m -> m.id() != null && m.name() != null)
                    .collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
        } catch (ServiceProblemException | ProcessingException unavailable) {
            return Map.of();
        }
    }

    /** How many cases match in all: case-service's X-Total-Count, else as many as came. */
    static long totalOf(RestResponse<List<CaseRecord>> found) {
        String header = found.getHeaderString("X-Total-Count");
        int shown = found.getEntity() == null ? 0 : found.getEntity().size();
        try {
            return header == null ? shown : Long.parseLong(header.strip());
        } catch (NumberFormatException unreadable) {
            return shown;
        }
    }
}
