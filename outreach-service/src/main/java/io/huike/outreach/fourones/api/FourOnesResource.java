package io.huike.outreach.fourones.api;

import io.huike.kernel.roles.Roles;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.fourones.FourOnesQueries;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far pairings have come with the four ones in a year, who still owes what, and whom to remind first. */
@Path("/communities/{community}/four-ones")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Pairings and the four ones")
public class FourOnesResource {

    private final FourOnesQueries queries;
    private final CallerScope scope;

    FourOnesResource(FourOnesQueries queries, CallerScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @GET
    @Operation(
            operationId = "getCommunityFourOnes",
            summary = "The community's four ones in a year, in total and per member")
    @APIResponse(responseCode = "200", description = "The community's progress")
    public CommunityProgressView community(
            @PathParam("community") String community,
            @Parameter(description = "Calendar year; this year by default", example = "2026")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year) {
        scope.require(community);
        int y = CommunityDays.orThisYear(year);
        return CommunityProgressView.of(community, y, queries.year(community, scope.communities(), y));
    }

    @GET
    @Path("/members/{memberId}")
    @Operation(operationId = "getMemberFourOnes", summary = "A member's four ones in a year, in total and per pairing")
    @APIResponse(responseCode = "200", description = "The member's progress; no pairings when none ran that year")
    public MemberProgressView member(
            @PathParam("community") String community,
            @PathParam("memberId") UUID memberId,
            @Parameter(description = "Calendar year; this year by default", example = "2026")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year) {
        scope.require(community);
        int y = CommunityDays.orThisYear(year);
        String member = memberId.toString();
        return MemberProgressView.of(member, y, queries.ofMember(member, community, scope.communities(), y));
    }

    @GET
    @Path("/pairings/{pairingId}")
    @Operation(
            operationId = "getPairingFourOnes",
            summary = "A pairing's four ones in a year: when each was done, what it still owes")
    @APIResponse(responseCode = "200", description = "The pairing's progress")
    @APIResponse(responseCode = "404", description = "No such pairing in this community and scope")
    public PairingProgressView pairing(
            @PathParam("community") String community,
            @PathParam("pairingId") UUID pairingId,
            @Parameter(description = "Calendar year; this year by default", example = "2026")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year) {
        return PairingProgressView.of(
                queries.ofPairing(pairingId, community, scope.communities(), CommunityDays.orThisYear(year)));
    }

    @GET
    @Path("/owing")
    @Operation(
            operationId = "listFourOnesOwing",
            summary = "The pairings that still owe some of the four ones by a day",
            description = "Only pairings that run on that day; each with the ones not done by the end of it.")
    @APIResponse(responseCode = "200", description = "The owing pairings")
    public List<OwingView> owing(
            @PathParam("community") String community,
            @Parameter(description = "The day; today by default", example = "2026-06-30") @QueryParam("by")
                    LocalDate by,
            @Parameter(description = "Only this member's pairings") @QueryParam("memberId") UUID memberId) {
        scope.require(community);
        LocalDate day = CommunityDays.orToday(by);
        return queries.owingBy(community, scope.communities(), day).stream()
                .filter(p -> memberId == null || p.memberId().equals(memberId.toString()))
                .map(p -> OwingView.of(p, day))
                .toList();
    }

    @GET
    @Path("/reminders")
    @Operation(
            operationId = "listFourOnesReminders",
            summary = "Whom to remind of the four ones, the most urgent first",
            description = "Urgency is the days left in the year (or the pairing) per one still owed: URGENT with "
                    + "14 days or fewer, SOON with up to 45, LATER beyond.")
    @APIResponse(responseCode = "200", description = "The reminders")
    public List<ReminderView> reminders(
            @PathParam("community") String community,
            @Parameter(description = "The day; today by default", example = "2026-11-20") @QueryParam("on")
                    LocalDate on,
            @Parameter(description = "Only this member's pairings") @QueryParam("memberId") UUID memberId) {
        scope.require(community);
        return queries.reminders(community, scope.communities(), CommunityDays.orToday(on)).stream()
                .filter(r -> memberId == null || r.pairing().memberId().equals(memberId.toString()))
                .map(ReminderView::of)
                .toList();
    }
}
