package io.huike.roster.planning.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.roster.members.MemberService;
import io.huike.roster.planning.RosterService;
import io.huike.roster.planning.export.RosterCsv;
import io.huike.roster.planning.export.RosterXlsx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly duty rosters of a reception room. */
@Path("/communities/{community}/rooms/{room}/rosters/{month}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty rosters")
public class RosterResource {

    /** The XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterService rosters;
    private final MemberService members;
    private final CallerScope scope;

    RosterResource(RosterService rosters, MemberService members, CallerScope scope) {
        this.rosters = rosters;
        this.members = members;
        this.scope = scope;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "generateRoster",
            summary = "Generate a month's roster",
            description = "Every shift of every working day (official calendar and the community's closures) goes "
                    + "to an active member who is not on leave and not yet on duty that day, in fair rotation, with a "
                    + "mediation- or policy-skilled member each day; what cannot be covered is listed in gaps. "
                    + "Deterministic. Publishes duty-shift.scheduled.v1 for every shift.")
    @APIResponse(
            responseCode = "201",
            description = "Generated",
            content =
                    @Content(
                            schema = @Schema(implementation = RosterView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "withAGap", value = """
                    {"id":"7c7d0b7e-1b7a-4a57-9d3e-2f1e0c9b8a70","roomId":"3f0e2d1c-4b5a-4697-8877-66554433a2b1",
                     "month":"2026-05","generatedAt":"2026-04-25T02:00:00Z",
                     "shifts":[{"id":"0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4",
                                "roomId":"3f0e2d1c-4b5a-4697-8877-66554433a2b1","date":"2026-05-06",
                                "shiftCode":"AM","startTime":"08:30:00","endTime":"12:00:00",
                                "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","memberName":"王建国"}],
                     "gaps":[{"day":"2026-05-09","shiftCode":"PM","reason":"NO_MEMBER_AVAILABLE"}],
                     "shiftsPerMember":{"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d":4}}""")))
    @APIResponse(responseCode = "404", description = "No such room in a community of the caller")
    @APIResponse(responseCode = "409", description = "The month is already generated for this room")
    @APIResponse(responseCode = "422", description = "The month lies in a year without a published official schedule")
    public Response generate(
            @PathParam("community") String community,
            @PathParam("room") UUID room,
            @Parameter(description = "yyyy-MM", example = "2026-05") @PathParam("month") YearMonth month,
            UriInfo uri) {
        var generated = rosters.generate(community, room, month, scope.communities(), scope.subject());
        return Response.created(uri.getAbsolutePath())
                .entity(RosterView.of(generated, members.names(community, scope.communities())))
                .build();
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getRoster", summary = "Read a generated month")
    @APIResponse(responseCode = "200", description = "The month's shifts, gaps and shifts per member")
    @APIResponse(responseCode = "404", description = "Not generated, or no such room in a community of the caller")
    public RosterView get(
            @PathParam("community") String community,
            @PathParam("room") UUID room,
            @Parameter(description = "yyyy-MM", example = "2026-05") @PathParam("month") YearMonth month) {
        return RosterView.of(
                rosters.get(community, room, month, scope.communities()),
                members.names(community, scope.communities()));
    }

    @GET
    @Path("/table.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getRosterTableCsv",
            summary = "The month as a printable table, CSV",
            description = "A row per reception day, a column per shift, the member's name in each cell and "
                    + "（空缺） where nobody covers the shift. UTF-8 with a byte order mark.")
    @APIResponse(
            responseCode = "200",
            description = "text/csv",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not generated, or no such room in a community of the caller")
    public Response csv(
            @PathParam("community") String community,
            @PathParam("room") UUID room,
            @PathParam("month") YearMonth month) {
        return Response.ok(RosterCsv.render(rosters.table(community, room, month, scope.communities())))
                .header("Content-Disposition", "attachment; filename=\"roster-" + month + ".csv\"")
                .build();
    }

    @GET
    @Path("/table.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getRosterTableXlsx",
            summary = "The month as a printable table, XLSX",
            description = "The same table as the CSV, titled, with borders, fitted to one A4 page wide.")
    @APIResponse(
            responseCode = "200",
            description = "An XLSX workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Not generated, or no such room in a community of the caller")
    public Response xlsx(
            @PathParam("community") String community,
            @PathParam("room") UUID room,
            @PathParam("month") YearMonth month) {
        return Response.ok(RosterXlsx.render(rosters.table(community, room, month, scope.communities())))
                .header("Content-Disposition", "attachment; filename=\"roster-" + month + ".xlsx\"")
                .build();
    }
}
