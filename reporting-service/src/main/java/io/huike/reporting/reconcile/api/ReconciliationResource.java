package io.huike.reporting.reconcile.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.reporting.reconcile.Reconciliations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks reporting's case counts of a community against the case service's. */
@Path("/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Read model upkeep")
public class ReconciliationResource {

    private final Reconciliations reconciliations;
    private final CallerScope scope;

    ReconciliationResource(Reconciliations reconciliations, CallerScope scope) {
        this.reconciliations = reconciliations;
        this.scope = scope;
    }

    @GET
    @Path("{community}")
    @Operation(
            operationId = "getReconciliation",
            summary = "Compare reporting's case counts with the case service's own",
            description = "Counts in total and per status, side by side with the X-Total-Count the case service "
                    + "answers to GET /communities/{community}/cases, asked with the caller's own token; equal when "
                    + "every line is. Run it after a rebuild, or any time the figures are in doubt.")
    public Reconciliations.Reconciliation reconcile(
            @PathParam("community") String community, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        scope.require(community);
        return reconciliations.reconcile(community, authorization);
    }
}
