package io.huike.roster.members.api;

import io.huike.kernel.personaldata.PersonalData;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.versioning.IfMatch;
import io.huike.roster.members.Leave;
import io.huike.roster.members.Member;
import io.huike.roster.members.MemberService;
import io.huike.roster.shifts.DutyShiftQueries;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A community's members, their skills and their leave; a phone number shown whole is an audited read. */
@Path("/communities/{community}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    private final MemberService members;
    private final DutyShiftQueries shifts;
    private final CallerScope scope;

    MemberResource(MemberService members, DutyShiftQueries shifts, CallerScope scope) {
        this.members = members;
        this.shifts = shifts;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "registerMember",
            summary = "Register a member",
            description = "Publishes member.registered.v1 (without the phone).")
    @APIResponse(
            responseCode = "201",
            description = "Registered; ETag is the member's version, phone masked",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is at fault; see errors")
    @APIResponse(responseCode = "403", description = "The community is outside the caller's token")
    @APIResponse(responseCode = "404", description = "No such community")
    public Response register(
            @PathParam("community") String community, @NotNull @Valid MemberRequest request, UriInfo uri) {
        scope.require(community);
        Member member = members.register(community, scope.communities(), request.details());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(member.id().toString())
                        .build())
                .tag(IfMatch.tagOf(member.version()))
                .entity(masked(member))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listMembers",
            summary = "List the community's members",
            description = "Phones are always masked here.")
    public List<MemberView> list(@PathParam("community") String community) {
        scope.require(community);
        return members.list(community, scope.communities()).stream()
                .map(MemberResource::masked)
                .toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getMember",
            summary = "Read one member",
            description = "Community admins and case handlers see the whole phone number and each such read is "
                    + "written to the audit log; every other role sees it masked (138****5678).")
    @APIResponse(
            responseCode = "200",
            description = "The member; ETag is its version",
            content =
                    @Content(
                            schema = @Schema(implementation = MemberView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "maskedForADutyMember", value = """
                    {"id":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","community":"gulou","name":"王建国",
                     "phone":"138****5678","phoneMasked":true,"kind":"COMMUNITY_STAFF","partyMember":true,
                     "unit":"鼓楼社区居委会","skills":["MEDIATION","POLICY"],"duties":"综治专干","active":true,
                     "registeredAt":"2026-04-20T01:00:00Z"}""")))
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller")
    public Response get(@PathParam("community") String community, @PathParam("id") UUID id) {
        MemberService.Shown shown = members.show(community, id, scope.communities());
        Member member = shown.member();
        MemberView view = shown.phoneWhole() ? MemberView.of(member, member.phone(), false) : masked(member);
        return Response.ok(view).tag(IfMatch.tagOf(member.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "updateMember",
            summary = "Change a member",
            description =
                    "Replaces the member's details; needs If-Match with the "
                            + "ETag last read. Publishes member.updated.v1; set active to false to take a member off future rosters.")
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller")
    @APIResponse(responseCode = "412", description = "The member changed since the caller read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MemberRequest request) {
        long expected = IfMatch.version(ifMatch);
        Member member = members.update(community, id, scope.communities(), expected, request.details());
        return Response.ok(masked(member)).tag(IfMatch.tagOf(member.version())).build();
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "recordLeave",
            summary = "Record leave",
            description = "Rosters generated afterwards do not put the member on duty "
                    + "on these days; shifts already scheduled inside the leave are listed in shiftsToHandOver: each needs "
                    + "a swap, and the coverage report lists them under toHandOver until then.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location is the leave",
            headers =
                    @Header(
                            name = "Location",
                            description = "The leave recorded",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeaveView.class)))
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller")
    public Response recordLeave(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @NotNull @Valid LeaveRequest request,
            UriInfo uri) {
        var leave = members.recordLeave(
                community, id, scope.communities(), request.firstDay(), request.lastDay(), request.reason());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(leave.id().toString()).build())
                .entity(view(leave))
                .build();
    }

    @GET
    @Path("/{id}/leave/{leaveId}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getLeave", summary = "Read one leave of a member")
    @APIResponse(
            responseCode = "200",
            description = "The leave",
            content = @Content(schema = @Schema(implementation = LeaveView.class)))
    @APIResponse(responseCode = "404", description = "No such member in a community of the caller, or no such leave")
    public LeaveView leave(
            @PathParam("community") String community, @PathParam("id") UUID id, @PathParam("leaveId") UUID leaveId) {
        return view(members.leaveOf(community, id, leaveId, scope.communities()));
    }

    @GET
    @Path("/{id}/leave")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "listLeave", summary = "A member's recorded leave")
    public List<LeaveView> leave(@PathParam("community") String community, @PathParam("id") UUID id) {
        return members.leaveOf(community, id, scope.communities()).stream()
                .map(this::view)
                .toList();
    }

    private LeaveView view(Leave leave) {
        return LeaveView.of(leave, shifts.toHandOver(leave));
    }

    private static MemberView masked(Member member) {
        return MemberView.of(member, PersonalData.maskPhone(member.phone()), true);
    }
}
