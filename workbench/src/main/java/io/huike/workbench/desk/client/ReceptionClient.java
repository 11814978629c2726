package io.huike.workbench.desk.client;

import io.huike.workbench.cases.client.CaseRecord;
import io.huike.workbench.clients.ProblemResponses;
import io.huike.workbench.clients.SignedInUserBearer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's reception desk, as the signed-in user: recording visits and checking for duplicates. */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(SignedInUserBearer.class)
@RegisterProvider(ProblemResponses.class)
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReceptionClient {

    /** Records the visit and registers a case per matter; answers with the visit and its cases' ids. */
    @POST
    @Path("/reception-visits")
    ReceptionVisitView record(@PathParam("community") String community, RecordVisit visit);

    @GET
    @Path("/reception-visits/{id}")
    ReceptionVisitView visit(@PathParam("community") String community, @PathParam("id") String id);

    /** Recent open cases of the same category (and grid) with similar text. */
    @GET
    @Path("/cases/duplicate-candidates")
    List<CaseRecord> duplicateCandidates(
            @PathParam("community") String community,
            @QueryParam("category") String category,
            @QueryParam("grid") String grid,
            @QueryParam("text") String text);
}
