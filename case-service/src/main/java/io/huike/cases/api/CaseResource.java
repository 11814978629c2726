package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseQueries;
import io.huike.cases.CaseRepository;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.kernel.cases.CaseStatus;
import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.plumbing.versioning.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registers, finds and reads a community's cases. */
@Path("/communities/{community}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseResource {

    /** Channels the desk registers directly; the hotline and home visits come through their own doors. */
    static final Set<Channel> DESK_CHANNELS =
            EnumSet.of(Channel.RECEPTION_ROOM, Channel.APPOINTMENT, Channel.PHONE, Channel.ONLINE, Channel.GRID_PATROL);

    private final CaseIntakeService registration;
    private final CaseRepository cases;
    private final CaseQueries queries;
    private final CaseViews views;
    private final CallerScope scope;
    private final RosterReferences references;

    CaseResource(
            CaseIntakeService registration,
            CaseRepository cases,
            CaseQueries queries,
            CaseViews views,
            CallerScope scope,
            RosterReferences references) {
        this.registration = registration;
        this.cases = cases;
        this.queries = queries;
        this.views = views;
        this.scope = scope;
        this.references = references;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "registerCase",
            summary = "Register a case raised at the desk, by phone, online, by appointment or on grid patrol",
            description = "occurredAt (optional) registers a matter raised earlier, typed in from the paper log: the"
                    + " case is registered at that time, its deadlines run from it (a case whose deadlines passed"
                    + " meanwhile is overdue at once), and it shows when and by whom it was typed in (enteredAt,"
                    + " enteredBy).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "blockedSewer", value = """
            {"channel":"PHONE","category":"WATER_DRAINAGE","urgency":"NORMAL","title":"污水管堵塞",
             "description":"杨先生家门口污水管堵塞，已联系市政维修","gridId":"grid-3",
             "resident":{"name":"杨先生","phone":"13812345678"}}""")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; ETag carries the version for later updates",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(
            responseCode = "422",
            description = "gridId is not a grid of the community, or occurredAt lies in the future (beyond the allowed"
                    + " clock difference) or further back than the community's paperLogMaxAgeDays (problem type"
                    + " paper-log-too-old, naming the limit and the earliest time allowed)")
    @APIResponse(
            responseCode = "400",
            description = "channel is HOTLINE_12345 or HOME_VISIT, which have their own intake, or a field is invalid")
    // One transaction for the registration and the audit row of the residents' numbers its answer shows unmasked:
    // the read is recorded with the case it belongs to, and commits with it.
    @Transactional
    public Response register(
            @PathParam("community") String community, @NotNull @Valid CaseRequests.RegisterCase request, UriInfo uri) {
        scope.require(community);
        references.requireCommunity(community);
        references.requireGrid(community, "gridId", request.gridId());
        if (!DESK_CHANNELS.contains(request.channel())) {
            throw new InvalidInput(List.of(new FieldViolation(
                    "channel",
                    "must be one of " + DESK_CHANNELS
                            + "; hotline cases and home-visit concerns have their own intake")));
        }
        Case registered = registration.register(new Case.NewCaseFacts(
                community,
                request.channel(),
                new Case.Matter(
                        request.category(),
                        request.urgency(),
                        request.gridId(),
                        CaseRequests.titleOf(request.title(), request.description()),
                        request.description()),
                CaseRequests.residentOf(request.resident()),
                Case.Origin.DESK,
                scope.subject(),
                request.occurredAt()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(registered.id().toString())
                        .build())
                .tag(IfMatch.tagOf(registered.version()))
                .entity(views.of(registered))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getCase", summary = "One case with its timeline and referrals; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The case; its ETag is the version to send in If-Match when acting on it",
            content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        Case found = cases.findInScope(id, community, scope.communities())
                .orElseThrow(() -> new NotFound("No case " + id + " in community " + community));
        return Response.ok(views.detail(found))
                .tag(IfMatch.tagOf(found.version()))
                .build();
    }

    @GET
    @Path("/{id}/referrals/{referralId}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getReferral",
            summary = "One referral of a case: to whom, when, and the outside body's reply once recorded")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            content = @Content(schema = @Schema(implementation = CaseDetail.ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such case in the community, or no such referral on it")
    public CaseDetail.ReferralView referral(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("referralId") UUID referralId) {
        Case found = cases.findInScope(id, community, scope.communities())
                .orElseThrow(() -> new NotFound("No case " + id + " in community " + community));
        return cases.referral(found, referralId)
                .map(views::referral)
                .orElseThrow(() -> new NotFound("No referral " + referralId + " on case " + id));
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listCases",
            summary = "Find cases by status, category, channel, assignee, grid, overdue, dates and text",
            description = "Text search matches Chinese without word breaks: every two-character piece of the query "
                    + "must occur in the title or description. X-Total-Count carries the number of matches.")
    @APIResponse(
            responseCode = "200",
            description = "One page of matching cases",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CaseView.class)),
            headers =
                    @Header(
                            name = "X-Total-Count",
                            description = "How many cases match, over all pages",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public Response list(
            @PathParam("community") String community,
            @QueryParam("status") List<String> statuses,
            @QueryParam("category") String category,
            @QueryParam("channel") String channel,
            @QueryParam("assignee") @Size(max = 100) String assignee,
            @QueryParam("grid") @Size(max = 64) String grid,
            @QueryParam("overdue") String overdue,
            @QueryParam("registeredFrom") String registeredFrom,
            @QueryParam("registeredTo") String registeredTo,
            @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("sort") @DefaultValue("NEWEST") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        CaseQueries.Filter filter = new CaseQueries.Filter(
                QueryValues.enumValues("status", statuses, CaseStatus.class),
                QueryValues.enumValue("category", category, Category.class),
                QueryValues.enumValue("channel", channel, Channel.class),
                assignee,
                grid,
                QueryValues.bool("overdue", overdue),
                QueryValues.date("registeredFrom", registeredFrom),
                QueryValues.date("registeredTo", registeredTo),
                text);
        CaseQueries.Page found = queries.list(
                community,
                filter,
                QueryValues.enumValue("sort", sort, CaseQueries.Sort.class),
                page,
                size,
                Instant.now());
        return Response.ok(found.cases().stream().map(views::of).toList())
                .header("X-Total-Count", found.total())
                .build();
    }

    @GET
    @Path("/duplicate-candidates")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "findDuplicateCandidates",
            summary = "Recent open cases of the same category and grid with similar text, to check before registering")
    public List<CaseView> duplicateCandidates(
            @PathParam("community") String community,
            @QueryParam("category") @NotBlank String category,
            @QueryParam("grid") @Size(max = 64) String grid,
            @QueryParam("text") @NotBlank @Size(max = 4000) String text) {
        scope.require(community);
        return queries
                .likelyDuplicates(
                        community,
                        QueryValues.enumValue("category", category, Category.class),
                        grid,
                        text,
                        Instant.now(),
                        Set.of())
                .stream()
                .map(views::of)
                .toList();
    }
}
