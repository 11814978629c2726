package io.huike.cases.api;

import io.huike.cases.Case;
import io.huike.cases.CaseHandlingService;
import io.huike.cases.HotlineOrderService;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.versioning.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lifecycle of one case, one endpoint per action. Each takes the ETag of the case as last read in If-Match
 * (428 without it, 412 when stale, naming who changed it last and when), answers 409 naming the current status and
 * the allowed actions when the status does not allow it, and returns the case with its new ETag (a referral, which
 * makes a record of its own, answers 201 naming it in Location).
 */
@Path("/communities/{community}/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseActionsResource {

    private static final String CHANGED = "The case as changed; ETag carries its new version";
    private static final String NOT_NOW =
            "The case's status does not allow this action (problem type transition-not-allowed, naming the current"
                    + " status and the allowed actions); nothing changed";
    private static final String STALE =
            "If-Match names another version than the case's current one: read it again and retry; nothing changed."
                    + " The problem says who made the latest change and when (changedBy, changedAt) and the current"
                    + " version (currentVersion, sent as the ETag)";
    private static final String NO_IF_MATCH = "No If-Match header: send the ETag of the version being changed";

    private final CaseHandlingService handling;
    private final CaseViews views;
    private final CallerScope scope;
    private final JsonWebToken token;
    private final HotlineOrderService hotlineOrders;

    CaseActionsResource(
            CaseHandlingService handling,
            CaseViews views,
            CallerScope scope,
            JsonWebToken token,
            HotlineOrderService hotlineOrders) {
        this.handling = handling;
        this.hotlineOrders = hotlineOrders;
        this.views = views;
        this.scope = scope;
        this.token = token;
    }

    @POST
    @Path("/assignment")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(operationId = "assignCase", summary = "Assign the case to a member (admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "toMember", value = "{\"memberId\":\"m-wang\"}")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(responseCode = "422", description = "memberId is not a member of the community")
    public Response assign(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Assign body) {
        return answer(handling.assign(command(community, id, ifMatch), body.memberId()));
    }

    @POST
    @Path("/start")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "startCase",
            summary = "Take the case up; the first time this is the first contact with the resident")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "byPhone", value = "{\"contactMethod\":\"PHONE\"}")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response start(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Start body) {
        return answer(handling.start(command(community, id, ifMatch), body.contactMethod()));
    }

    @POST
    @Path("/referrals")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "referCase",
            summary = "Refer the case to an outside body (转办) and wait for its reply",
            description = "Location names the referral made (its id is the last segment), which the reply is recorded"
                    + " against; the body is the case as changed, with its new ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "municipalMaintenance", value = """
            {"body":"市政维修公司","contact":"0915-1234567","theirReference":"SZ-2026-0456",
             "expectedReplyBy":"2026-05-15"}""")))
    @APIResponse(
            responseCode = "201",
            description = "Referred; Location names the referral, ETag carries the case's new version",
            content = @Content(schema = @Schema(implementation = CaseView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "The referral made",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response refer(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Refer body,
            @Context UriInfo uri) {
        CaseHandlingService.Referred referred = handling.refer(
                command(community, id, ifMatch),
                body.body(),
                body.contact(),
                body.theirReference(),
                body.expectedReplyBy());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(referred.referralId().toString())
                        .build())
                .entity(views.of(referred.referredCase()))
                .tag(IfMatch.tagOf(referred.referredCase().version()))
                .build();
    }

    @POST
    @Path("/referrals/{referralId}/answer")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.INTEGRATION_CLIENT})
    @Operation(
            operationId = "recordReferralAnswer",
            summary = "Record the outside body's reply; the time it replied is kept",
            description = "repliedAt may lie as far back as the community's paperLogMaxAgeDays (a paper log typed in"
                    + " later); the timeline line carries that time and, apart, when it was typed in.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "repairPlan", value = """
            {"answer":"已制定维修方案，5月20日施工","repliedAt":"2026-05-12T02:00:00Z"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(responseCode = "404", description = "No such referral on this case")
    @APIResponse(
            responseCode = "422",
            description = "repliedAt lies in the future or before the referral was made (beyond the allowed clock"
                    + " difference), or further back than the community's paperLogMaxAgeDays (problem type"
                    + " paper-log-too-old)")
    public Response answerReferral(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @PathParam("referralId") UUID referralId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.AnswerReferral body) {
        return answer(
                handling.answerReferral(command(community, id, ifMatch), referralId, body.answer(), body.repliedAt()));
    }

    @POST
    @Path("/escalation")
    @RolesAllowed({Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "escalateCase",
            summary = "Put the case on a month-end committee meeting's agenda (提交会议研究)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mayMeeting", value = """
            {"meetingMonth":"2026-05","reason":"涉及多户居民，需两委研究"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response escalate(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Escalate body) {
        return answer(handling.escalate(command(community, id, ifMatch), body.meetingMonth(), body.reason()));
    }

    @POST
    @Path("/escalation/answer")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "recordEscalationDecision",
            summary = "Record the month-end meeting's decision; handling goes on")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "decision", value = "{\"decision\":\"同意列入老旧小区改造计划\"}")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response answerEscalation(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.AnswerEscalation body) {
        return answer(handling.answerEscalation(command(community, id, ifMatch), body.decision()));
    }

    @POST
    @Path("/resolution")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "resolveCase",
            summary = "Resolve with an honest outcome and what was done",
            description = "NOT_RESOLVABLE and PARTLY_RESOLVED need a reason, REFERRED_ELSEWHERE names the body in "
                    + "referredTo, DUPLICATE needs the case linked to its original first.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "resolved", value = """
            {"outcome":"RESOLVED","actionsTaken":"市政维修公司已疏通污水管道"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "The outcome lacks what it needs: a reason, referredTo, or a linked original (outcome)")
    public Response resolve(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Resolve body) {
        return answer(handling.resolve(
                command(community, id, ifMatch),
                body.outcome(),
                body.reason(),
                body.referredTo(),
                body.actionsTaken()));
    }

    @POST
    @Path("/feedback")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordFeedback",
            summary = "Record that the resident was told the result (结果反馈) and how satisfied they are",
            description = "toldAt may lie as far back as the community's paperLogMaxAgeDays (a paper log typed in"
                    + " later); the timeline line carries that time and, apart, when it was typed in.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phonedBack", value = """
            {"method":"PHONE","toldAt":"2026-05-21T03:00:00Z","satisfaction":"SATISFIED"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "toldAt lies in the future, or before the case was registered or last reopened (beyond the"
                    + " allowed clock difference), or further back than the community's paperLogMaxAgeDays (problem"
                    + " type paper-log-too-old)")
    public Response feedback(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.GiveFeedback body) {
        return answer(handling.giveFeedback(
                command(community, id, ifMatch), body.method(), body.toldAt(), body.satisfaction(), body.comment()));
    }

    @POST
    @Path("/closing")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "closeCase",
            summary = "Close the case; where the community requires it, only its admin may (approval)")
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "403",
            description = "The community requires its admin's approval to close, and the caller is not its admin")
    public Response close(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return answer(handling.close(
                command(community, id, ifMatch), token.getGroups().contains(Roles.COMMUNITY_ADMIN)));
    }

    @POST
    @Path("/reopening")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "reopenCase",
            summary = "Reopen because the resident is not satisfied; the deadlines restart and it is counted")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "blockedAgain", value = "{\"reason\":\"雨后污水管再次堵塞\"}")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    public Response reopen(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.Reopen body) {
        return answer(handling.reopen(command(community, id, ifMatch), body.reason()));
    }

    @POST
    @Path("/duplicate-of")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "markCaseDuplicate",
            summary = "Link the case as a duplicate of an open case of the same community")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "sameSewer",
                                            value = "{\"duplicateOf\":\"0f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a\"}")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "duplicateOf names this case, a case not of the community, a duplicate, or this case is"
                    + " already resolved")
    public Response linkDuplicate(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.LinkDuplicate body) {
        return answer(handling.linkDuplicate(command(community, id, ifMatch), body.duplicateOf()));
    }

    @POST
    @Path("/extension-request")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "requestDeadlineExtension",
            summary = "Ask for more time before a deadline passes, with a reason; the admin decides")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "waitingForWorks", value = """
            {"deadline":"FEEDBACK","until":"2026-05-20T16:00:00Z","reason":"等待市政维修公司施工"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description =
                    "The deadline no longer runs or has passed (deadline), or until is not later than it" + " (until)")
    public Response requestExtension(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.RequestExtension body) {
        return answer(handling.requestExtension(
                command(community, id, ifMatch), body.deadline(), body.until(), body.reason()));
    }

    @POST
    @Path("/extension-request/approval")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "decideDeadlineExtension",
            summary = "Approve the pending extension; the deadline moves and the resident is to be told")
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(responseCode = "422", description = "No extension has been asked for (extension)")
    public Response approveExtension(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return answer(handling.approveExtension(command(community, id, ifMatch)));
    }

    @POST
    @Path("/notes")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "addCaseNote",
            summary = "Add a note to the timeline, internal or shareable with the resident")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "internal",
                                            value = "{\"text\":\"已核实家庭收入情况\",\"shareable\":false}")))
    @APIResponse(
            responseCode = "200",
            description = "The case; the note is on its timeline",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response note(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @NotNull @Valid CaseRequests.Note body) {
        Case c = handling.note(
                CaseHandlingService.Command.unversioned(community, id, scope.subject(), scope.communities()),
                body.text(),
                body.shareable());
        return answer(c);
    }

    @POST
    @Path("/hotline-order/acknowledgement")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "acknowledgeHotlineOrder",
            summary = "Sign for a 12345 work order (签收); after the hotline's time limit it is recorded as late")
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "Not a work order, already signed for, or returned (problem type rule-broken, field"
                    + " hotlineOrder)")
    public Response acknowledgeHotlineOrder(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return answer(hotlineOrders.acknowledge(command(community, id, ifMatch)));
    }

    @POST
    @Path("/hotline-order/return")
    @RolesAllowed({Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "returnHotlineOrder",
            summary = "Return a 12345 work order that is not this community's (退单), within the hotline's return window;"
                    + " the case closes with the outcome RETURNED_TO_HOTLINE")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "notOurs", value = """
            {"reason":"地址属于钟楼社区，不在本社区辖区"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = NOT_NOW)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "Not a work order, the return window closed, or the hotline was already replied to"
                    + " (field hotlineOrder)")
    public Response returnHotlineOrder(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.ReturnToHotline body) {
        return answer(hotlineOrders.returnToHotline(command(community, id, ifMatch), body.reason()));
    }

    @POST
    @Path("/hotline-order/reply")
    @RolesAllowed({Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "replyToHotline",
            summary = "Reply to the 12345 hotline with the result (回复), once the case is resolved; the hotline then"
                    + " calls the resident back")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cleared", value = """
            {"reply":"已联系环卫所，垃圾已于当日清运完毕"}""")))
    @APIResponse(
            responseCode = "200",
            description = CHANGED,
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "428", description = NO_IF_MATCH)
    @APIResponse(
            responseCode = "422",
            description = "Not a work order, not resolved yet, not signed for, or already replied to (field"
                    + " hotlineOrder)")
    public Response replyToHotline(
            @PathParam("community") String community,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CaseRequests.ReplyToHotline body) {
        return answer(hotlineOrders.reply(command(community, id, ifMatch), body.reply()));
    }

    private CaseHandlingService.Command command(String community, UUID id, String ifMatch) {
        return new CaseHandlingService.Command(
                community, id, () -> IfMatch.version(ifMatch), scope.subject(), scope.communities());
    }

    private Response answer(Case c) {
        return Response.ok(views.of(c)).tag(IfMatch.tagOf(c.version())).build();
    }
}
