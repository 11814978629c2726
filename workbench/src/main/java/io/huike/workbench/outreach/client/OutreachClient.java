package io.huike.workbench.outreach.client;

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

/**
 * outreach-service, as the signed-in user: a member's pairings and their four ones, the households, the visit log
 * with the concerns found and their outcomes, and the notification campaigns' call lists.
 */
@RegisterRestClient(configKey = "outreach-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OutreachClient {

    /** Pairings by start date, of one member or household; only the running ones when {@code active}. */
    @GET
    @Path("/pairings")
    List<PairingRecord> pairings(
            @PathParam("community") String community,
            @QueryParam("memberId") String memberId,
            @QueryParam("householdId") String householdId,
            @QueryParam("active") boolean active,
            @QueryParam("size") int size);

    /** A member's four ones in a year, per pairing; this year when {@code year} is null. */
    @GET
    @Path("/four-ones/members/{memberId}")
    MemberFourOnes fourOnesOfMember(
            @PathParam("community") String community,
            @PathParam("memberId") String memberId,
            @QueryParam("year") Integer year);

    @GET
    @Path("/households/{id}")
    HouseholdRecord household(@PathParam("community") String community, @PathParam("id") String id);

    /** Records one of the four ones (or another visit) for a pairing. */
    @POST
    @Path("/pairings/{id}/activities")
    ActivityRecord recordActivity(
            @PathParam("community") String community, @PathParam("id") String pairingId, RecordActivity activity);

    /** Records a visit with the concerns found on it; each concern becomes a case through outreach's events. */
    @POST
    @Path("/visits")
    VisitRecord recordVisit(@PathParam("community") String community, RecordVisit visit);

    /** The visit log, newest first, of one household. */
    @GET
    @Path("/visits")
    List<VisitRecord> visits(
            @PathParam("community") String community,
            @QueryParam("householdId") String householdId,
            @QueryParam("size") int size);

    /** A visit with its concerns and their outcomes. */
    @GET
    @Path("/visits/{id}")
    VisitRecord visit(@PathParam("community") String community, @PathParam("id") String id);

    @GET
    @Path("/notification-campaigns")
    List<CampaignRecord> campaigns(@PathParam("community") String community);

    /** A campaign with everyone on its list and the latest contact with each. */
    @GET
    @Path("/notification-campaigns/{id}")
    CampaignRecord campaign(@PathParam("community") String community, @PathParam("id") String id);

    @POST
    @Path("/notification-campaigns/{id}/targets/{targetId}/contacts")
    ContactRecord recordContact(
            @PathParam("community") String community,
            @PathParam("id") String campaignId,
            @PathParam("targetId") String targetId,
            RecordContact contact);

    /** Crosses a concern off the household's ledger (销号) once they were told the outcome; If-Match its version. */
    @POST
    @Path("/concerns/{id}/cross-off")
    ConcernRecord crossOff(
            @PathParam("community") String community,
            @PathParam("id") String concernId,
            @HeaderParam("If-Match") String ifMatch,
            CrossOff crossOff);

    /** The day the household was told, and what was said. */
    record CrossOff(java.time.LocalDate toldOn, String note) {}
}
