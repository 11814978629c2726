package io.huike.outreach.visits.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.visits.ConcernService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Concerns and their outcomes; with a household id, that household's ledger of problems found and crossed off. */
@Path("/communities/{community}/concerns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visits and concerns")
public class ConcernResource {

    private final ConcernService concernService;
    private final CallerScope scope;

    ConcernResource(ConcernService concernService, CallerScope scope) {
        this.concernService = concernService;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listConcerns",
            summary = "Concerns, newest first; with householdId the household's ledger, with visitId one visit's")
    @APIResponse(responseCode = "200", description = "The concerns with their cases, outcomes and crossing-off")
    public List<ConcernView> list(
            @PathParam("community") String community,
            @QueryParam("householdId") UUID householdId,
            @QueryParam("visitId") UUID visitId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        return concernService.list(community, scope.communities(), householdId, visitId, page, size).stream()
                .map(ConcernView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getConcern",
            summary = "A concern, its case and, once the case is closed, the outcome to tell the household")
    @APIResponse(
            responseCode = "200",
            description = "The concern; ETag is its version",
            content = @Content(schema = @Schema(implementation = ConcernView.class)))
    @APIResponse(responseCode = "404", description = "No such concern in this community and scope")
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        var found = concernService.get(id, community, scope.communities());
        return Response.ok(ConcernView.of(found))
                .tag(IfMatch.tagOf(found.version()))
                .build();
    }

    @POST
    @Path("/{id}/cross-off")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "crossOffConcern",
            summary = "Cross a concern off the household's ledger (销号) once the household was told the outcome",
            description = "Only a concern whose case is closed. Send If-Match with the ETag.")
    @APIResponse(
            responseCode = "200",
            description = "Crossed off; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ConcernView.class)))
    @APIResponse(responseCode = "404", description = "No such concern in this community and scope")
    @APIResponse(responseCode = "409", description = "Its case is not closed yet, or it was crossed off already")
    @APIResponse(responseCode = "412", description = "The concern changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response crossOff(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CrossOffRequest request) {
        scope.require(community);
        var crossed = concernService.crossOff(
                id,
                community,
                scope.communities(),
                IfMatch.version(ifMatch),
                request.toldOn(),
                request.note(),
                scope.subject());
        return Response.ok(ConcernView.of(crossed))
                .tag(IfMatch.tagOf(crossed.version()))
                .build();
    }
}
