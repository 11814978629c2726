package io.huike.outreach.households.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.households.Contact;
import io.huike.outreach.households.HouseholdService;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.versioning.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registers, revises and reads a community's households. Phone numbers are shown in full only to the roles that
 * call residents back (case handler, community admin), and each such read is audited.
 */
@Path("/communities/{community}/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households")
public class HouseholdResource {

    private final HouseholdService householdService;
    private final CallerScope scope;

    HouseholdResource(HouseholdService householdService, CallerScope scope) {
        this.householdService = householdService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "registerHousehold",
            summary = "Register a household in difficulty or an elderly person living alone")
    @APIResponse(
            responseCode = "201",
            description = "Registered; ETag is the version",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault; the problem names it")
    @APIResponse(responseCode = "403", description = "The community is not in the token, or the role may not register")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(responseCode = "422", description = "gridId is not a grid of the community")
    public Response register(
            @PathParam("community") String community, @NotNull @Valid RegisterHouseholdRequest request, UriInfo uri) {
        scope.require(community);
        var registered = householdService.register(
                new HouseholdService.NewHousehold(
                        community,
                        request.name(),
                        request.kind(),
                        request.address(),
                        request.gridId(),
                        request.needs(),
                        contacts(request.contacts())),
                scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(registered.household().id().toString())
                        .build())
                .tag(IfMatch.tagOf(registered.household().version()))
                .entity(HouseholdView.of(registered))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "reviseHousehold",
            summary = "Revise a household",
            description = "Send If-Match with the ETag of the version you read.")
    @APIResponse(
            responseCode = "200",
            description = "Revised; ETag is the new version",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "No such household in this community and scope")
    @APIResponse(responseCode = "412", description = "The household changed since you read it")
    @APIResponse(responseCode = "422", description = "gridId is not a grid of the community")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response revise(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReviseHouseholdRequest request) {
        scope.require(community);
        var revised = householdService.revise(
                id,
                community,
                scope.communities(),
                IfMatch.version(ifMatch),
                new HouseholdService.Revision(
                        request.name(),
                        request.address(),
                        request.gridId(),
                        request.needs(),
                        request.status(),
                        contacts(request.contacts())));
        return Response.ok(HouseholdView.of(revised))
                .tag(IfMatch.tagOf(revised.household().version()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getHousehold",
            summary = "Read a household",
            description = "Phone numbers in full for case handlers and community admins, each read audited; masked "
                    + "(138****5678) for other roles.")
    @APIResponse(
            responseCode = "200",
            description = "The household; ETag is its version",
            content = @Content(schema = @Schema(implementation = HouseholdView.class)))
    @APIResponse(responseCode = "404", description = "No such household in this community and scope")
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        var found = householdService.get(id, community, scope.communities());
        return Response.ok(HouseholdView.of(found))
                .tag(IfMatch.tagOf(found.household().version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listHouseholds",
            summary = "List a community's households by name, optionally those of one grid",
            description = "Phone numbers as for a single household; each household shown in full is audited.")
    @APIResponse(responseCode = "200", description = "One page of households")
    @APIResponse(responseCode = "403", description = "The community is not in the token")
    public List<HouseholdView> list(
            @PathParam("community") String community,
            @QueryParam("gridId") String gridId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        return householdService.list(community, scope.communities(), gridId, page, size).stream()
                .map(HouseholdView::of)
                .toList();
    }

    private static List<Contact> contacts(List<ContactRequest> requests) {
        return requests == null
                ? List.of()
                : requests.stream()
                        .map(c -> new Contact(c.name(), c.relation(), c.phone()))
                        .toList();
    }
}
