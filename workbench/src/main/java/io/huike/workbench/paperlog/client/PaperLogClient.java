package io.huike.workbench.paperlog.client;

import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service, as the signed-in user, for the paper log: how far back it may go, and a case typed in later. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaperLogClient {

    @GET
    @Path("/case-settings")
    PaperLogSettings settings(@PathParam("community") String community);

    /** Registers a case at the time it was really raised ({@code occurredAt}). */
    @POST
    @Path("/cases")
    CaseRecord register(@PathParam("community") String community, RegisterCase request);
}
