package io.huike.workbench.cases.client;

import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * case-service, as the signed-in user: finding and reading cases, and every action of their lifecycle, each with
 * the If-Match of the version the page was made from.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseClient {

    @GET
    @Path("/cases")
    RestResponse<List<CaseRecord>> list(
            @PathParam("community") String community,
            @QueryParam("status") List<String> statuses,
            @QueryParam("category") String category,
            @QueryParam("assignee") String assignee,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("q") String text,
            @QueryParam("sort") String sort,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** One case with its timeline and referrals; the ETag is its version. */
    @GET
    @Path("/cases/{id}")
    CaseRecord get(@PathParam("community") String community, @PathParam("id") String id);

    /** Open cases whose next deadline falls within the coming hours (催办). */
    @GET
    @Path("/case-reminders")
    List<CaseRecord> reminders(@PathParam("community") String community, @QueryParam("withinHours") int hours);

    @GET
    @Path("/case-settings")
    CaseSettings settings(@PathParam("community") String community);

    @POST
    @Path("/cases/{id}/assignment")
    CaseRecord assign(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Assign body);

    @POST
    @Path("/cases/{id}/start")
    CaseRecord start(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Start body);

    @POST
    @Path("/cases/{id}/referrals")
    CaseRecord refer(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Refer body);

    @POST
    @Path("/cases/{id}/referrals/{referral}/answer")
    CaseRecord answerReferral(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @PathParam("referral") String referral,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.AnswerReferral body);

    @POST
    @Path("/cases/{id}/escalation")
    CaseRecord escalate(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Escalate body);

    @POST
    @Path("/cases/{id}/escalation/answer")
    CaseRecord answerEscalation(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.AnswerEscalation body);

    @POST
    @Path("/cases/{id}/resolution")
    CaseRecord resolve(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Resolve body);

    @POST
    @Path("/cases/{id}/feedback")
    CaseRecord giveFeedback(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.GiveFeedback body);

    @POST
    @Path("/cases/{id}/closing")
    CaseRecord close(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cases/{id}/reopening")
    CaseRecord reopen(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.Reopen body);

    @POST
    @Path("/cases/{id}/extension-request")
    CaseRecord requestExtension(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.RequestExtension body);

    @POST
    @Path("/cases/{id}/extension-request/approval")
    CaseRecord approveExtension(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cases/{id}/hotline-order/acknowledgement")
    CaseRecord acknowledgeHotlineOrder(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cases/{id}/hotline-order/return")
    CaseRecord returnHotlineOrder(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.ReturnToHotline body);

    @POST
    @Path("/cases/{id}/hotline-order/reply")
    CaseRecord replyToHotline(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            CaseCommands.ReplyToHotline body);

    @POST
    @Path("/cases/{id}/notes")
    CaseRecord note(@PathParam("community") String community, @PathParam("id") String id, CaseCommands.Note body);
}
