package io.huike.workbench.roster.client;

import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** roster-service, as the signed-in user: communities, grids, members, rooms and who is on duty now. */
@RegisterRestClient(configKey = "roster-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("/communities")
public interface RosterClient {

    /** The communities in the user's scope. */
    @GET
    List<CommunityView> communities();

    @GET
    @Path("/{community}/grids")
    List<GridView> grids(@PathParam("community") String community);

    /** Every member, active or not; phones masked for most roles (the workbench shows none). */
    @GET
    @Path("/{community}/members")
    List<MemberView> members(@PathParam("community") String community);

    @GET
    @Path("/{community}/rooms")
    List<RoomView> rooms(@PathParam("community") String community);

    /** The shifts running now, at every room of the community. */
    @GET
    @Path("/{community}/duty")
    List<ShiftView> onDutyNow(@PathParam("community") String community);
}
