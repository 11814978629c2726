package io.huike.roster.shifts.api;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.roster.members.MemberService;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.DutyShiftQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is on duty: now, at a moment, or over a whole day. */
@Path("/communities/{community}/duty")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty rosters")
public class DutyResource {

    private final DutyShiftQueries shifts;
    private final MemberService members;
    private final CallerScope scope;

    DutyResource(DutyShiftQueries shifts, MemberService members, CallerScope scope) {
        this.shifts = shifts;
        this.members = members;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({
        Roles.DUTY_MEMBER,
        Roles.CASE_HANDLER,
        Roles.COMMUNITY_ADMIN,
        Roles.DISTRICT_SUPERVISOR,
        Roles.INTEGRATION_CLIENT
    })
    @Operation(
            operationId = "listOnDuty",
            summary = "Who is on duty",
            description = "With date: every shift of that day. With at: the shifts running at that moment. With "
                    + "neither: the shifts running now. Optionally at one room.")
    @APIResponse(
            responseCode = "200",
            description = "The shifts, in the order of the day",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ShiftView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "morning", value = """
                    [{"id":"0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4","roomId":"3f0e2d1c-4b5a-4697-8877-66554433a2b1",
                      "date":"2026-05-06","shiftCode":"AM","startTime":"08:30:00","endTime":"12:00:00",
                      "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","memberName":"王建国"}]""")))
    @APIResponse(responseCode = "400", description = "date or at is not readable, or both were given")
    public List<ShiftView> onDuty(
            @PathParam("community") String community,
            @Parameter(description = "a whole day", example = "2026-05-06") @QueryParam("date") String dateValue,
            @Parameter(description = "a moment", example = "2026-05-06T09:00:00+08:00") @QueryParam("at")
                    String atValue,
            @Parameter(description = "only this room") @QueryParam("room") UUID room) {
        scope.require(community);
        LocalDate date = QueryValues.date("date", dateValue);
        OffsetDateTime at = QueryValues.offsetDateTime("at", atValue);
        if (date != null && at != null) {
            throw new InvalidInput(List.of(new FieldViolation("at", "give either date or at, not both")));
        }
        List<DutyShift> onDuty = date != null
                ? shifts.ofDay(community, scope.communities(), date, room)
                : shifts.runningAt(
                        community,
                        scope.communities(),
                        at != null ? at.toZonedDateTime() : ZonedDateTime.now(DutyShift.ZONE),
                        room);
        Map<UUID, String> names = members.names(community, scope.communities());
        return onDuty.stream().map(s -> ShiftView.of(s, names)).toList();
    }
}
