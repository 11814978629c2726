package io.huike.workbench.admin.client;

import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import io.huike.workbench.roster.client.ClosureRecord;
import io.huike.workbench.roster.client.RoomView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * roster-service as a community admin uses it: members (registering, changing with If-Match), their leave, reception
 * rooms and their shifts, and the community's local closures.
 */
@RegisterRestClient(configKey = "roster-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RosterAdminClient {

    /** Every member, active or not, phones masked. */
    @GET
    @Path("/members")
    List<MemberRecord> members(@PathParam("community") String community);

    /** One member with the phone whole (an audited read); the ETag is the version to send back in If-Match. */
    @GET
    @Path("/members/{id}")
    RestResponse<MemberRecord> member(@PathParam("community") String community, @PathParam("id") String id);

    @POST
    @Path("/members")
    MemberRecord register(@PathParam("community") String community, MemberRequest body);

    @PUT
    @Path("/members/{id}")
    MemberRecord update(
            @PathParam("community") String community,
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            MemberRequest body);

    @GET
    @Path("/members/{id}/leave")
    List<LeaveRecord> leave(@PathParam("community") String community, @PathParam("id") String id);

    @POST
    @Path("/members/{id}/leave")
    LeaveRecord recordLeave(@PathParam("community") String community, @PathParam("id") String id, LeaveRequest body);

    @POST
    @Path("/rooms")
    RoomView openRoom(@PathParam("community") String community, RoomRequest body);

    @POST
    @Path("/calendar/closures")
    ClosureRecord close(@PathParam("community") String community, ClosureRequest body);
}
