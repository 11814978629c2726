package io.huike.reporting.cases.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.reporting.cases.CaseCountQueries;
import io.huike.reporting.cases.CaseCounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Case figures per community, computed from the case events. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Figures")
public class CaseCountsResource {

    private final CaseCountQueries queries;
    private final CallerScope scope;

    CaseCountsResource(CaseCountQueries queries, CallerScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** The figures of one community. */
    @GET
    @Path("communities/{community}/case-counts")
    @Operation(operationId = "getCommunityCaseCounts", summary = "The case figures of one community")
    public CaseCounts forCommunity(@PathParam("community") String community) {
        scope.require(community);
        return queries.forCommunities(Set.of(community)).get(0);
    }

    /** Every community in the caller's scope side by side. */
    @GET
    @Path("case-counts")
    @Operation(operationId = "getCaseCounts", summary = "The case figures of every community in the caller's scope")
    public List<CaseCounts> forScope() {
        return queries.forCommunities(scope.communities());
    }
}
