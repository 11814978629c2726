package io.huike.reception.api;

import io.huike.cases.Case;
import io.huike.cases.Channel;
import io.huike.cases.api.CaseRequests;
import io.huike.kernel.personaldata.PersonalData;
import io.huike.kernel.personaldata.PersonalNumbers;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.personaldata.PersonalDataReads;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.reception.ReceptionVisit;
import io.huike.reception.ReceptionVisitService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reception room's register: visits received and the matters they raised. */
@Path("/communities/{community}/reception-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reception visits")
public class ReceptionVisitResource {

    private final ReceptionVisitService desk;
    private final CallerScope scope;
    private final PersonalDataReads personalData;
    private final RosterReferences references;

    ReceptionVisitResource(
            ReceptionVisitService desk,
            CallerScope scope,
            PersonalDataReads personalData,
            RosterReferences references) {
        this.desk = desk;
        this.references = references;
        this.scope = scope;
        this.personalData = personalData;
    }

    @POST
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "recordReceptionVisit",
            summary = "Record a visit received at the reception room and register every matter it raised",
            description = "visitedAt may lie in the past, up to the community's paperLogMaxAgeDays (a paper book typed"
                    + " in later): the matters are registered at the visit's time, their deadlines run from it, and"
                    + " each case shows when and by whom it was typed in (enteredAt, enteredBy).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "msLi", value = """
            {"visitedAt":"2026-05-06T01:30:00Z","roomId":"room-1","dutyMemberId":"m-wang","peopleCount":1,
             "visitor":{"name":"李女士","phone":"13912345678"},
             "summary":"李女士来访，提出三条建议",
             "matters":[
               {"category":"POWER_LINES","description":"建议将小区架空电线改为入地"},
               {"category":"WATER_DRAINAGE","description":"建议修缮小区污水管道"},
               {"category":"GAS","description":"建议为小区接通天然气"}]}""")))
    @APIResponse(
            responseCode = "201",
            description = "Recorded with the cases it raised",
            content = @Content(schema = @Schema(implementation = ReceptionVisitView.class)))
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    @APIResponse(
            responseCode = "422",
            description = "roomId, dutyMemberId or a matter's gridId is not one of the community's, or visitedAt"
                    + " lies in the future (more than the allowed clock difference ahead) or further back than the"
                    + " community's paperLogMaxAgeDays (problem type paper-log-too-old)")
    public Response record(
            @PathParam("community") String community, @NotNull @Valid CaseRequests.RecordVisit request, UriInfo uri) {
        scope.require(community);
        references.requireCommunity(community);
        references.requireRoom(community, "roomId", request.roomId());
        references.requireMember(community, "dutyMemberId", request.dutyMemberId());
        List<CaseRequests.RaisedMatter> raised = request.matters() == null ? List.of() : request.matters();
        for (int i = 0; i < raised.size(); i++) {
            references.requireGrid(
                    community, "matters[" + i + "].gridId", raised.get(i).gridId());
        }
        String actor = scope.subject();
        ReceptionVisit visit = new ReceptionVisit(
                community,
                request.roomId(),
                request.visitedAt(),
                request.dutyMemberId(),
                request.peopleCount(),
                CaseRequests.nameOf(request.visitor()),
                CaseRequests.phoneOf(request.visitor()),
                request.summary(),
                actor,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        List<CaseRequests.RaisedMatter> matters = request.matters() == null ? List.of() : request.matters();
        ReceptionVisitService.Recorded recorded = desk.record(
                visit,
                visitId -> matters.stream()
                        .map(m -> new Case.NewCaseFacts(
                                community,
                                Channel.RECEPTION_ROOM,
                                new Case.Matter(
                                        m.category(),
                                        m.urgency(),
                                        m.gridId(),
                                        CaseRequests.titleOf(m.title(), m.description()),
                                        m.description()),
                                new Case.Resident(
                                        CaseRequests.nameOf(request.visitor()),
                                        CaseRequests.phoneOf(request.visitor()),
                                        null),
                                Case.Origin.receptionVisit(visitId, request.roomId()),
                                actor,
                                request.visitedAt()))
                        .toList());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(visit.id().toString()).build())
                .entity(view(
                        recorded.visit(),
                        recorded.cases().stream().map(Case::id).toList()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getReceptionVisit", summary = "One visit with the cases it raised")
    public ReceptionVisitView get(@PathParam("community") String community, @PathParam("id") UUID id) {
        ReceptionVisit visit = desk.findInScope(id, community, scope.communities())
                .orElseThrow(() -> new NotFound("No reception visit " + id + " in community " + community));
        return view(visit, desk.casesOf(visit));
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "listReceptionVisits",
            summary = "Visits received between two dates (inclusive), newest first")
    public List<ReceptionVisitView> list(
            @PathParam("community") String community,
            @QueryParam("from") String fromDate,
            @QueryParam("to") String toDate,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        scope.require(community);
        LocalDate from = QueryValues.date("from", fromDate);
        LocalDate to = QueryValues.date("to", toDate);
        Instant start = from == null
                ? Instant.EPOCH
                : from.atStartOfDay(io.huike.cases.deadlines.DeadlineCalculator.COMMUNITY_ZONE)
                        .toInstant();
        Instant end = to == null
                ? Instant.now().plus(1, ChronoUnit.DAYS)
                : to.plusDays(1)
                        .atStartOfDay(io.huike.cases.deadlines.DeadlineCalculator.COMMUNITY_ZONE)
                        .toInstant();
        return desk.list(community, start, end, page, size).stream()
                .map(v -> view(v, desk.casesOf(v)))
                .toList();
    }

    private ReceptionVisitView view(ReceptionVisit v, List<UUID> caseIds) {
        boolean unmasked = personalData.callerSeesUnmasked();
        List<String> shown = new java.util.ArrayList<>();
        if (unmasked && v.visitorPhone() != null) {
            shown.add("visitorPhone");
        }
        if (unmasked && PersonalNumbers.appearIn(v.summary())) {
            shown.add("summary");
        }
        if (!shown.isEmpty()) {
            personalData.recordRead(v.communityId(), "reception-visit", v.id().toString(), shown);
        }
        return new ReceptionVisitView(
                v.id(),
                v.communityId(),
                v.roomId(),
                v.visitedAt(),
                v.dutyMemberId(),
                v.peopleCount(),
                v.visitorName(),
                unmasked ? v.visitorPhone() : PersonalData.maskPhone(v.visitorPhone()),
                unmasked ? v.summary() : PersonalNumbers.mask(v.summary()),
                v.recordedBy(),
                caseIds);
    }
}
