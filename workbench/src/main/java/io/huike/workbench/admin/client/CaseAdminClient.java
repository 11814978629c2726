package io.huike.workbench.admin.client;

import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's settings of a community, as its admin reads and sets them: closing, paper log, deadlines. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseAdminClient {

    @GET
    @Path("/case-settings")
    CaseRules.Settings settings(@PathParam("community") String community);

    @PUT
    @Path("/case-settings")
    CaseRules.Settings saveSettings(@PathParam("community") String community, CaseRules.Settings body);

    @GET
    @Path("/deadline-rules/{category}/{urgency}")
    CaseRules.Deadlines deadlines(
            @PathParam("community") String community,
            @PathParam("category") String category,
            @PathParam("urgency") String urgency);

    @PUT
    @Path("/deadline-rules/{category}/{urgency}")
    CaseRules.Deadlines saveDeadlines(
            @PathParam("community") String community,
            @PathParam("category") String category,
            @PathParam("urgency") String urgency,
            CaseRules.Deadlines body);
}
