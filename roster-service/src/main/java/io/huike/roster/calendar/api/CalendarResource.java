package io.huike.roster.calendar.api;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.roster.calendar.CalendarService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A community's working-day calendar: the official calendar, plus the community's own closures. */
@Path("/communities/{community}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Working-day calendar")
public class CalendarResource {

    private final CalendarService calendar;
    private final CallerScope scope;

    CalendarResource(CalendarService calendar, CallerScope scope) {
        this.calendar = calendar;
        this.scope = scope;
    }

    @GET
    @Path("/days/{date}")
    @RolesAllowed({
        Roles.DUTY_MEMBER,
        Roles.CASE_HANDLER,
        Roles.COMMUNITY_ADMIN,
        Roles.DISTRICT_SUPERVISOR,
        Roles.INTEGRATION_CLIENT
    })
    @Operation(operationId = "getCalendarDay", summary = "Is this date a working day for the community?")
    @APIResponse(
            responseCode = "200",
            description = "The day and why",
            content =
                    @Content(
                            schema = @Schema(implementation = DayView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(name = "makeUpSaturday", value = """
                        {"date":"2026-10-10","workingDay":true,"kind":"MAKEUP_WORKDAY","name":"国庆节"}"""),
                                @ExampleObject(name = "localClosure", value = """
                        {"date":"2026-10-09","workingDay":false,"kind":"LOCAL_CLOSURE","name":"社区服务中心停电检修"}""")
                            }))
    @APIResponse(responseCode = "422", description = "The date is in a year without a published official schedule")
    public DayView day(@PathParam("community") String community, @PathParam("date") LocalDate date) {
        scope.require(community);
        return DayView.of(calendar.workingDays(community, scope.communities()).day(date));
    }

    @GET
    @Path("/days/{date}/working-day-after")
    @RolesAllowed({
        Roles.DUTY_MEMBER,
        Roles.CASE_HANDLER,
        Roles.COMMUNITY_ADMIN,
        Roles.DISTRICT_SUPERVISOR,
        Roles.INTEGRATION_CLIENT
    })
    @Operation(
            operationId = "getWorkingDayAfter",
            summary = "The Nth working day after a date",
            description = "The date itself is not counted: n=1 is the next working day.")
    @APIResponse(
            responseCode = "200",
            description = "The working day",
            content =
                    @Content(
                            schema = @Schema(implementation = WorkingDayAfterView.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "afterNationalDay", value = """
                    {"from":"2026-09-30","n":5,"date":"2026-10-13"}""")))
    @APIResponse(responseCode = "400", description = "n is missing or not a whole number from 0 to 366")
    @APIResponse(responseCode = "422", description = "Counting reaches a year without a published official schedule")
    public WorkingDayAfterView workingDayAfter(
            @PathParam("community") String community,
            @PathParam("date") LocalDate date,
            @Parameter(description = "0 to 366", required = true, example = "5") @QueryParam("n") String nValue) {
        scope.require(community);
        Integer n = QueryValues.integer("n", nValue, 0, 366);
        if (n == null) {
            throw new InvalidInput(List.of(new FieldViolation("n", "is required")));
        }
        return new WorkingDayAfterView(
                date, n, calendar.workingDays(community, scope.communities()).plusWorkingDays(date, n));
    }

    @POST
    @Path("/closures")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "addLocalClosure",
            summary = "Close the community on an official working day",
            description = "Publishes calendar.closure-added.v1; rosters and deadlines skip the day from then on.")
    @APIResponse(
            responseCode = "201",
            description = "Closed; Location is the closure",
            headers =
                    @Header(
                            name = "Location",
                            description = "The closure added",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", description = "The community is already closed that day")
    @APIResponse(responseCode = "422", description = "The day is not an official working day")
    public Response close(
            @PathParam("community") String community, @NotNull @Valid ClosureRequest request, UriInfo uri) {
        scope.require(community);
        var closure = calendar.close(community, scope.communities(), request.date(), request.reason(), scope.subject());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(closure.id().toString())
                        .build())
                .entity(ClosureView.of(closure))
                .build();
    }

    @GET
    @Path("/closures/{id}")
    @RolesAllowed({
        Roles.DUTY_MEMBER,
        Roles.CASE_HANDLER,
        Roles.COMMUNITY_ADMIN,
        Roles.DISTRICT_SUPERVISOR,
        Roles.INTEGRATION_CLIENT
    })
    @Operation(operationId = "getLocalClosure", summary = "Read one of the community's closures")
    @APIResponse(
            responseCode = "200",
            description = "The closure",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "404", description = "No such closure in a community of the caller")
    public ClosureView closure(@PathParam("community") String community, @PathParam("id") UUID id) {
        return ClosureView.of(calendar.closure(community, scope.communities(), id));
    }

    @GET
    @Path("/closures")
    @RolesAllowed({
        Roles.DUTY_MEMBER,
        Roles.CASE_HANDLER,
        Roles.COMMUNITY_ADMIN,
        Roles.DISTRICT_SUPERVISOR,
        Roles.INTEGRATION_CLIENT
    })
    @Operation(operationId = "listLocalClosures", summary = "The community's closures")
    public List<ClosureView> closures(@PathParam("community") String community) {
        scope.require(community);
        return calendar.closures(community, scope.communities()).stream()
                .map(ClosureView::of)
                .toList();
    }
}
