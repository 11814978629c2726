package io.huike.roster.coverage.api;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.roster.coverage.CoverageQueries;
import io.huike.roster.shifts.DutyShift;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coverage report of a community's duty. */
@Path("/communities/{community}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duty rosters")
public class CoverageResource {

    /** The longest period one report covers, so that a typo cannot ask for decades. */
    private static final int MAX_DAYS = 186;

    private final CoverageQueries queries;
    private final CallerScope scope;

    CoverageResource(CoverageQueries queries, CallerScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getCoverage",
            summary = "Coverage ahead",
            description = "Shifts of generated rosters that nobody covers, shifts whose member has since taken "
                    + "leave or been deactivated, rooms whose months are not generated, members above the fair "
                    + "share (the period's shifts spread over the active members, rounded up), and of the shifts "
                    + "that have ended how many were checked in. Default: today and the next 30 days.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = CoverageQueries.Coverage.class),
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "october", value = """
                    {"from":"2026-10-01","to":"2026-11-30",
                     "uncovered":[{"roomId":"3f0e2d1c-4b5a-4697-8877-66554433a2b1","day":"2026-10-08",
                                   "shiftCode":"PM","reason":"NO_MEMBER_AVAILABLE"}],
                     "toHandOver":[{"shiftId":"0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4",
                                    "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","day":"2026-10-09",
                                    "shiftCode":"AM","reason":"ON_LEAVE"}],
                     "notGenerated":[{"roomId":"3f0e2d1c-4b5a-4697-8877-66554433a2b1","month":"2026-11"}],
                     "overloaded":[{"memberId":"6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e","name":"李秀英",
                                    "shifts":6,"fairShare":4}],
                     "attendance":{"ended":36,"checkedIn":34}}""")))
    @APIResponse(
            responseCode = "400",
            description = "from or to is not a date, to is before from, or the period is " + "longer than 186 days")
    @APIResponse(responseCode = "422", description = "The period reaches a year without a published official schedule")
    public CoverageQueries.Coverage coverage(
            @PathParam("community") String community,
            @Parameter(example = "2026-05-01") @QueryParam("from") String fromValue,
            @Parameter(example = "2026-05-31") @QueryParam("to") String toValue) {
        scope.require(community);
        LocalDate from = QueryValues.date("from", fromValue);
        LocalDate to = QueryValues.date("to", toValue);
        LocalDate first = from != null ? from : LocalDate.now(DutyShift.ZONE);
        LocalDate last = to != null ? to : first.plusDays(30);
        if (last.isBefore(first) || last.isAfter(first.plusDays(MAX_DAYS))) {
            throw new InvalidInput(
                    List.of(new FieldViolation("to", "must be on or after from, at most " + MAX_DAYS + " days later")));
        }
        return queries.report(community, scope.communities(), first, last);
    }
}
