package io.huike.outreach.cadence.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.cadence.CadenceRuleService;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** A community's own cadence rules per household kind, beyond the four ones. */
@Path("/communities/{community}/cadence-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cadence")
public class CadenceRuleResource {

    private final CadenceRuleService ruleService;
    private final CallerScope scope;

    CadenceRuleResource(CadenceRuleService ruleService, CallerScope scope) {
        this.ruleService = ruleService;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "setCadenceRule",
            summary = "Set a cadence for a kind of household",
            description = "E.g. a phone call monthly, a home visit quarterly, a visit within 14 days before each "
                    + "public holiday of the official calendar (BEFORE_HOLIDAYS with daysBefore).")
    @APIResponse(
            responseCode = "201",
            description = "In force from its effective date",
            content = @Content(schema = @Schema(implementation = CadenceRuleView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault, e.g. daysBefore without BEFORE_HOLIDAYS")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    public Response set(
            @PathParam("community") String community, @NotNull @Valid SetCadenceRuleRequest request, UriInfo uri) {
        scope.require(community);
        var rule = ruleService.set(
                community,
                request.householdKind(),
                request.activityKind(),
                request.period(),
                request.daysBefore(),
                request.effectiveFrom(),
                request.description(),
                scope.subject());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(rule.id().toString()).build())
                .entity(CadenceRuleView.of(rule))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listCadenceRules", summary = "The cadence rules in force")
    @APIResponse(responseCode = "200", description = "The rules by household kind")
    public List<CadenceRuleView> list(@PathParam("community") String community) {
        scope.require(community);
        return ruleService.inForce(community, scope.communities()).stream()
                .map(CadenceRuleView::of)
                .toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(operationId = "retireCadenceRule", summary = "Retire a cadence rule; it asks for nothing more")
    @APIResponse(responseCode = "204", description = "Retired (also when it was retired before)")
    @APIResponse(responseCode = "404", description = "No such rule in this community and scope")
    public void retire(@PathParam("community") String community, @PathParam("id") UUID id) {
        scope.require(community);
        ruleService.retire(id, community, scope.communities());
    }
}
