package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseRepository;
import io.huike.cases.Channel;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.idempotency.IdempotentRequests;
import io.huike.plumbing.problems.UniqueViolations;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The 12345 hotline's door: its system pushes cases in with an Idempotency-Key, so a retry returns the first
 * result and never a second case, and asks for their status by its own reference.
 */
@Path("/communities/{community}/hotline-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline")
public class HotlineResource {

    /** The unique index that keeps one case per hotline reference and community. */
    private static final String ONE_CASE_PER_REFERENCE = "cases_by_hotline_reference";

    private final CaseIntakeService registration;
    private final CaseRepository cases;
    private final IdempotentRequests idempotent;
    private final CaseViews views;
    private final CallerScope scope;
    private final RosterReferences references;

    HotlineResource(
            CaseIntakeService registration,
            CaseRepository cases,
            IdempotentRequests idempotent,
            CaseViews views,
            CallerScope scope,
            RosterReferences references) {
        this.registration = registration;
        this.cases = cases;
        this.idempotent = idempotent;
        this.views = views;
        this.scope = scope;
        this.references = references;
    }

    @POST
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(
            operationId = "registerHotlineCase",
            summary = "Register a case from the 12345 hotline; retry with the same Idempotency-Key safely",
            description = "The same key with the same body returns the first answer (Idempotent-Replayed: true); "
                    + "with a different body 422; while the first request is still running 409. Keys belong to the "
                    + "calling client.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "hotline", value = """
            {"hotlineReference":"12345-20260506-0042","category":"SANITATION","urgency":"NORMAL",
             "title":"垃圾未清运","description":"鼓楼小区3号楼旁垃圾堆放三天未清运",
             "resident":{"name":"张女士","phone":"13698765432"}}""")))
    @APIResponse(
            responseCode = "201",
            description = "Registered, or the first answer to this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A case with this hotline reference is already registered here (problem type"
                    + " hotline-case-exists), or a request with this Idempotency-Key is still running")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(responseCode = "422", description = "gridId is not a grid of the community, or the key was used")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or one longer than 200 characters")
    public Response register(
            @PathParam("community") String community,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CaseRequests.HotlineCase request,
            UriInfo uri) {
        scope.require(community);
        references.requireCommunity(community);
        references.requireGrid(community, "gridId", request.gridId());
        String client = scope.subject();
        try {
            return idempotent.once(
                    client + "@" + community,
                    idempotencyKey,
                    request,
                    () -> registerOnce(community, client, request, uri));
        } catch (RuntimeException e) {
            // Another request with this reference committed while this one ran: the same answer as when it came first.
            if (UniqueViolations.causedBy(e, ONE_CASE_PER_REFERENCE)) {
                throw alreadyRegistered(request.hotlineReference());
            }
            throw e;
        }
    }

    private IdempotentRequests.Answer registerOnce(
            String community, String client, CaseRequests.HotlineCase request, UriInfo uri) {
        if (cases.findByHotlineReference(community, request.hotlineReference()).isPresent()) {
            throw alreadyRegistered(request.hotlineReference());
        }
        Case registered = registration.register(new Case.NewCaseFacts(
                community,
                Channel.HOTLINE_12345,
                new Case.Matter(
                        request.category(),
                        request.urgency(),
                        request.gridId(),
                        CaseRequests.titleOf(request.title(), request.description()),
                        request.description()),
                CaseRequests.residentOf(request.resident()),
                Case.Origin.hotline(request.hotlineReference()),
                client));
        return new IdempotentRequests.Answer(
                201,
                uri.getBaseUriBuilder()
                        .path("communities")
                        .path(community)
                        .path("cases")
                        .path(registered.id().toString())
                        .build(),
                idempotent.json(views.of(registered)));
    }

    private static Conflict alreadyRegistered(String hotlineReference) {
        return new Conflict(
                "hotline-case-exists",
                "Hotline case " + hotlineReference + " is already registered here",
                Map.of("hotlineReference", hotlineReference));
    }

    @GET
    @Path("/{hotlineReference}")
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(operationId = "getHotlineCase", summary = "The status of a hotline case, by the hotline's own reference")
    public CaseView status(
            @PathParam("community") String community, @PathParam("hotlineReference") String hotlineReference) {
        if (!scope.covers(community)) {
            throw new NotFound("No hotline case " + hotlineReference);
        }
        return cases.findByHotlineReference(community, hotlineReference)
                .map(views::of)
                .orElseThrow(() -> new NotFound("No hotline case " + hotlineReference));
    }
}
