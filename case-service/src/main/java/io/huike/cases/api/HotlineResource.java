package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseRepository;
import io.huike.cases.Channel;
import io.huike.cases.HotlineOrderService;
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
    private final HotlineOrderService orders;

    HotlineResource(
            CaseIntakeService registration,
            CaseRepository cases,
            IdempotentRequests idempotent,
            CaseViews views,
            CallerScope scope,
            RosterReferences references,
            HotlineOrderService orders) {
        this.registration = registration;
        this.orders = orders;
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

    @POST
    @Path("/{hotlineReference}/extension-decision")
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(
            operationId = "decideHotlineExtension",
            summary = "The hotline approves or refuses the extension the community asked it for; retry with the same"
                    + " Idempotency-Key safely",
            description = "Approved, the deadline moves to the date asked for (case.extended.v1); refused, it stays"
                    + " (case.hotline-extension-refused.v1). Only on the calling hotline's own orders.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approved", value = """
            {"approved":true,"note":"同意延期至5月20日"}""")))
    @APIResponse(
            responseCode = "200",
            description = "The case as changed, or the first answer to this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such order of this hotline in the community")
    @APIResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @APIResponse(
            responseCode = "422",
            description = "No extension has been asked for (extension), or the key was used for another request")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or the body is not a decision")
    public Response decideExtension(
            @PathParam("community") String community,
            @PathParam("hotlineReference") String hotlineReference,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CaseRequests.ExtensionDecision body) {
        HotlineOrderService.HotlineCall call = call(community, hotlineReference);
        return idempotent.once(
                call.hotline() + "@" + community,
                idempotencyKey,
                new Keyed("extension-decision", hotlineReference, body),
                () -> changed(orders.decideExtension(call, body.approved(), body.note())));
    }

    @POST
    @Path("/{hotlineReference}/callback")
    @RolesAllowed(Roles.INTEGRATION_CLIENT)
    @Operation(
            operationId = "reportHotlineCallback",
            summary = "The hotline reports its callback to the resident (回访); unsatisfied sends the order back to be"
                    + " done again (重办). Retry with the same Idempotency-Key safely",
            description = "The callback is the resident's feedback (case.feedback-given.v1). Unsatisfied, the case also"
                    + " reopens with fresh deadlines (case.reopened.v1), the order counts one more redo and must be"
                    + " signed for again. Only after the community replied, and only on the hotline's own orders.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "satisfied", value = """
            {"satisfaction":"SATISFIED","comment":"居民表示满意","calledAt":"2026-05-08T02:00:00Z"}""")))
    @APIResponse(
            responseCode = "200",
            description = "The case as changed, or the first answer to this Idempotency-Key",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such order of this hotline in the community")
    @APIResponse(
            responseCode = "409",
            description = "The case is not waiting for the resident's feedback (problem type transition-not-allowed),"
                    + " or a request with this Idempotency-Key is still running")
    @APIResponse(
            responseCode = "422",
            description = "Not replied to yet (hotlineOrder), calledAt out of range (calledAt), or the key was used"
                    + " for another request")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or the body is not a callback")
    public Response reportCallback(
            @PathParam("community") String community,
            @PathParam("hotlineReference") String hotlineReference,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CaseRequests.HotlineCallback body) {
        HotlineOrderService.HotlineCall call = call(community, hotlineReference);
        return idempotent.once(
                call.hotline() + "@" + community,
                idempotencyKey,
                new Keyed("callback", hotlineReference, body),
                () -> changed(orders.calledBack(call, body.satisfaction(), body.comment(), body.calledAt())));
    }

    /** What a key's first request is compared by: the step, the order and the body. */
    private record Keyed(String step, String hotlineReference, Object body) {}

    /** The hotline's call on one of its orders, refused before its key is claimed when the order is not its own. */
    private HotlineOrderService.HotlineCall call(String community, String hotlineReference) {
        scope.require(community);
        HotlineOrderService.HotlineCall call =
                new HotlineOrderService.HotlineCall(community, hotlineReference, scope.subject(), scope.communities());
        orders.orderOf(call);
        return call;
    }

    private IdempotentRequests.Answer changed(Case c) {
        return new IdempotentRequests.Answer(200, null, idempotent.json(views.of(c)));
    }
}
