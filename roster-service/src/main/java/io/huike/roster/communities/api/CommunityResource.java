package io.huike.roster.communities.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.versioning.IfMatch;
import io.huike.roster.communities.CommunityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation directory: the communities a caller may see, and their grids. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Communities")
public class CommunityResource {

    private final CommunityService communities;
    private final CallerScope scope;

    CommunityResource(CommunityService communities, CallerScope scope) {
        this.communities = communities;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "registerCommunity",
            summary = "Register a community",
            description = "Publishes community.registered.v1.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault; see errors")
    @APIResponse(responseCode = "403", description = "The community is outside the caller's token")
    @APIResponse(responseCode = "409", description = "The id or the code is taken")
    public Response register(@NotNull @Valid RegisterCommunityRequest request, UriInfo uri) {
        scope.require(request.id());
        var community = communities.register(
                request.id(), request.name(), request.code(), request.subdistrict(), request.district());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(community.id()).build())
                .entity(CommunityView.of(community))
                .build();
    }

    @GET
    @Path("/{community}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getCommunity", summary = "Read one community")
    @APIResponse(
            responseCode = "200",
            description = "The community",
            content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "404", description = "No such community in the caller's scope")
    public Response get(@PathParam("community") String community) {
        var found = communities.get(community, scope.communities());
        return Response.ok(CommunityView.of(found))
                .tag(IfMatch.tagOf(found.version()))
                .build();
    }

    @PUT
    @Path("/{community}")
    @RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "updateCommunity",
            summary = "Rename a community or move it in the district",
            description = "Needs If-Match with the ETag last read; the id and code never change. Publishes "
                    + "community.updated.v1.")
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "404", description = "No such community in the caller's scope")
    @APIResponse(responseCode = "412", description = "The community changed since the caller read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(
            @PathParam("community") String community,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UpdateCommunityRequest request) {
        long expected = IfMatch.version(ifMatch);
        var updated = communities.update(
                community, scope.communities(), expected, request.name(), request.subdistrict(), request.district());
        return Response.ok(CommunityView.of(updated))
                .tag(IfMatch.tagOf(updated.version()))
                .build();
    }

    @POST
    @Path("/{community}/grids")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(operationId = "drawGrid", summary = "Add a grid to the community")
    @APIResponse(
            responseCode = "201",
            description = "Added; Location is the grid",
            headers = @Header(name = "Location", description = "The grid", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "409", description = "The community already has a grid with this id")
    public Response drawGrid(
            @PathParam("community") String community, @NotNull @Valid GridRequest request, UriInfo uri) {
        scope.require(community);
        var grid = communities.drawGrid(
                community, scope.communities(), request.id(), request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(grid.id()).build())
                .entity(GridView.of(grid))
                .build();
    }

    @GET
    @Path("/{community}/grids/{gridId}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getGrid", summary = "Read one grid of the community")
    @APIResponse(
            responseCode = "200",
            description = "The grid",
            content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "404", description = "No such grid in a community of the caller")
    public GridView grid(@PathParam("community") String community, @PathParam("gridId") String gridId) {
        return GridView.of(communities.grid(community, scope.communities(), gridId));
    }

    @GET
    @Path("/{community}/grids")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listGrids", summary = "List the community's grids")
    public List<GridView> grids(@PathParam("community") String community) {
        scope.require(community);
        return communities.grids(community, scope.communities()).stream()
                .map(GridView::of)
                .toList();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listCommunities", summary = "List the communities in the caller's scope")
    public List<CommunityView> list() {
        return communities.list(scope.communities()).stream()
                .map(CommunityView::of)
                .toList();
    }
}
