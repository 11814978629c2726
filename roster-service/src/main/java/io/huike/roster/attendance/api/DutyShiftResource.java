package io.huike.roster.attendance.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.roster.attendance.AttendanceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One duty shift, and checking in and out of it at the room. */
@Path("/communities/{community}/duty-shifts/{shift}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Swaps and attendance")
public class DutyShiftResource {

    private final AttendanceService attendance;
    private final CallerScope scope;

    DutyShiftResource(AttendanceService attendance, CallerScope scope) {
        this.attendance = attendance;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(operationId = "getDutyShift", summary = "Read one duty shift, with its check-in and check-out")
    @APIResponse(responseCode = "200", description = "The shift as planned and as kept")
    @APIResponse(responseCode = "404", description = "No such shift in a community of the caller")
    public KeptShiftView get(@PathParam("community") String community, @PathParam("shift") UUID shift) {
        return KeptShiftView.of(attendance.get(community, shift, scope.communities()));
    }

    @POST
    @Path("/check-in")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(
            operationId = "checkInToShift",
            summary = "The member on duty checks in at the room",
            description = "From an hour before the shift starts until it ends. Publishes duty.checked-in.v1, "
                    + "with late=true after the start.")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(
            responseCode = "409",
            description = "Not this member's shift, already checked in, or outside the " + "shift's time")
    @APIResponse(responseCode = "422", description = "memberId is not a member of the community")
    public KeptShiftView checkIn(
            @PathParam("community") String community,
            @PathParam("shift") UUID shift,
            @NotNull @Valid AttendanceRequest request) {
        return KeptShiftView.of(attendance.checkIn(community, shift, request.memberId(), scope.communities()));
    }

    @POST
    @Path("/check-out")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.COMMUNITY_ADMIN})
    @Operation(operationId = "checkOutOfShift", summary = "The member on duty checks out")
    @APIResponse(responseCode = "200", description = "Checked out")
    @APIResponse(responseCode = "409", description = "Not checked in by this member, or already checked out")
    @APIResponse(responseCode = "422", description = "memberId is not a member of the community")
    public KeptShiftView checkOut(
            @PathParam("community") String community,
            @PathParam("shift") UUID shift,
            @NotNull @Valid AttendanceRequest request) {
        return KeptShiftView.of(attendance.checkOut(community, shift, request.memberId(), scope.communities()));
    }
}
