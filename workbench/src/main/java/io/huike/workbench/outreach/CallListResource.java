package io.huike.workbench.outreach;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.clients.ServiceProblemException;
import io.huike.workbench.layout.PageFrame;
import io.huike.workbench.layout.ProblemMessages;
import io.huike.workbench.outreach.client.CampaignRecord;
import io.huike.workbench.outreach.client.ContactOutcome;
import io.huike.workbench.outreach.client.OutreachClient;
import io.huike.workbench.outreach.client.RecordContact;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A notification campaign's call list (逐人通知) on a phone: everyone on the list with the latest contact, and for each
 * a row of big buttons to mark them reached, not reached, done or refused, with an optional note.
 */
@Path("/outreach/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
public class CallListResource {

    static final int NOTE_LENGTH = 2000;

    private final OutreachClient outreach;
    private final CurrentCommunity community;
    private final SignedInUser user;
    private final PageFrame frame;
    private final ProblemMessages problems;

    CallListResource(
            @RestClient OutreachClient outreach,
            CurrentCommunity community,
            SignedInUser user,
            PageFrame frame,
            ProblemMessages problems) {
        this.outreach = outreach;
        this.community = community;
        this.user = user;
        this.frame = frame;
        this.problems = problems;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance callList(CallList view);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance callList(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        CampaignRecord campaign = outreach.campaign(community.require(), OutreachResource.id(id));
        return frame.render(Templates.callList(CallList.of(campaign, canRecord(), recorded, null, "", "")));
    }

    /** Records the outcome of contacting one person, then back to the list at that person. */
    @POST
    @Path("/{id}/targets/{targetId}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    public Response recordContact(
            @PathParam("id") String id, @PathParam("targetId") String targetId, @BeanParam ContactForm form) {
        String campaignId = OutreachResource.id(id);
        String target = OutreachResource.id(targetId);
        String where = community.require();
        OutreachMsg msg = frame.language().messages(OutreachMsg.class);
        Optional<ContactOutcome> outcome = Arrays.stream(ContactOutcome.values())
                .filter(o -> o.name().equals(form.outcome))
                .findFirst();
        String note = form.note == null ? "" : form.note.strip();
        if (outcome.isEmpty() || note.length() > NOTE_LENGTH) {
            String problem = outcome.isEmpty() ? msg.chooseOutcome() : msg.tooLong(NOTE_LENGTH);
            return list(400, where, campaignId, target, problem, note);
        }
        try {
            outreach.recordContact(
                    where, campaignId, target, new RecordContact(outcome.get(), note.isEmpty() ? null : note));
        } catch (ServiceProblemException refused) {
            if (refused.status() == 401 || refused.status() == 404) {
                throw refused;
            }
            return list(refused.status(), where, campaignId, target, problems.describe(refused.problem()), note);
        }
        return Response.seeOther(
                        URI.create("/outreach/campaigns/" + campaignId + "?recorded=" + target + "#target-" + target))
                .build();
    }

    private Response list(int status, String where, String campaignId, String target, String problem, String note) {
        CampaignRecord campaign = outreach.campaign(where, campaignId);
        return Response.status(status)
                .entity(frame.render(
                        Templates.callList(CallList.of(campaign, canRecord(), null, target, problem, note))))
                .build();
    }

    private boolean canRecord() {
        return user.hasAnyRole(OutreachResource.RECORDING_ROLES);
    }
}
