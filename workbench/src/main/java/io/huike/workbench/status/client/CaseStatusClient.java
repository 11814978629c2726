package io.huike.workbench.status.client;

import io.huike.workbench.clients.ProblemResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * case-service's public status lookup, which takes no token: the tracking number and the last four digits of the
 * phone the resident gave. The resident's address goes along in {@code X-Forwarded-For}, for the service's own
 * limit; 404 when nothing matches (wrong number or wrong digits alike), 429 with Retry-After when limited.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterProvider(ProblemResponses.class)
@Path("/case-status-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseStatusClient {

    /** The case's public status. */
    @POST
    CaseStatusView lookUp(@HeaderParam("X-Forwarded-For") String residentAddress, StatusLookup lookup);

    /** What the resident gives. */
    record StatusLookup(String trackingNumber, String phoneLast4) {}
}
