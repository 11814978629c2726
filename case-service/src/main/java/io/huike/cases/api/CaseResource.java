package io.huike.cases.api;

import io.huike.cases.CaseRegistration;
import io.huike.cases.CaseRepository;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.scoping.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Registers and reads a community's cases. */
@Path("/communities/{community}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseRegistration registration;
    private final CaseRepository cases;
    private final CallerScope scope;

    CaseResource(CaseRegistration registration, CaseRepository cases, CallerScope scope) {
        this.registration = registration;
        this.cases = cases;
        this.scope = scope;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    public Response register(@PathParam("community") String community, @NotNull @Valid RegisterCaseRequest request,
            UriInfo uri) {
        scope.require(community);
        var registered = registration.register(new CaseRegistration.NewCase(community, request.channel(),
                request.category(), request.urgency(), request.gridId(), request.description()), scope.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
                .tag(new EntityTag(String.valueOf(registered.version())))
                .entity(CaseView.of(registered))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        var found = cases.findInScope(id, scope.communities())
                .filter(c -> c.communityId().equals(community))
                .orElseThrow(() -> ProblemException.notFound("No case " + id + " in community " + community));
        return Response.ok(CaseView.of(found)).tag(new EntityTag(String.valueOf(found.version()))).build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    public List<CaseView> list(@PathParam("community") String community,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        return cases.listForCommunity(community, page, size).stream().map(CaseView::of).toList();
    }
}
