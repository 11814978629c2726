package io.huike.roster.communities.api;

import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import io.huike.roster.communities.CommunityDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The organisation directory: the communities a caller may see. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {

    private final CommunityDirectory directory;
    private final CallerScope scope;

    CommunityResource(CommunityDirectory directory, CallerScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public Response register(@NotNull @Valid RegisterCommunityRequest request, UriInfo uri) {
        scope.require(request.id());
        var community = directory.register(request.id(), request.name(), request.code(), request.subdistrict(),
                request.district());
        return Response.created(uri.getAbsolutePathBuilder().path(community.id()).build())
                .entity(CommunityView.of(community))
                .build();
    }

    @GET
    @Path("/{community}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public CommunityView get(@PathParam("community") String community) {
        return directory.findInScope(community, scope.communities()).map(CommunityView::of)
                .orElseThrow(() -> ProblemException.notFound("No community '" + community + "'"));
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public List<CommunityView> list() {
        return directory.listInScope(scope.communities()).stream().map(CommunityView::of).toList();
    }
}
