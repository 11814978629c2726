package io.huike.reporting.reconcile.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The case service's case list, asked only for its X-Total-Count, to check reporting's counts against. */
@RegisterRestClient(configKey = "case-service")
@Path("/communities/{community}/cases")
public interface CaseServiceClient {

    @GET
    Response count(
            @PathParam("community") String community,
            @HeaderParam("Authorization") String authorization,
            @QueryParam("status") String status,
            @QueryParam("size") int size);
}
