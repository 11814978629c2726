package io.huike.cases.api;

import io.huike.cases.CaseSettings;
import io.huike.cases.Category;
import io.huike.cases.Urgency;
import io.huike.cases.deadlines.CaseDeadlines;
import io.huike.cases.deadlines.DeadlinePolicy;
import io.huike.cases.deadlines.DeadlineRule;
import io.huike.kernel.roles.Roles;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.scoping.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A community's case settings: whether closing needs the admin, how far back its paper log may be typed in, and its
 * deadlines per category and urgency.
 */
@Path("/communities/{community}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case settings")
public class CaseSettingsResource {

    private final CaseSettings settings;
    private final CaseDeadlines deadlines;
    private final CallerScope scope;
    private final RosterReferences references;

    CaseSettingsResource(
            CaseSettings settings, CaseDeadlines deadlines, CallerScope scope, RosterReferences references) {
        this.settings = settings;
        this.references = references;
        this.deadlines = deadlines;
        this.scope = scope;
    }

    @GET
    @Path("case-settings")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getCaseSettings",
            summary = "Whether closing a case needs the community admin's approval, and how many days back the paper"
                    + " log may be typed in")
    public CaseRequests.Settings get(@PathParam("community") String community) {
        scope.require(community);
        return view(settings.of(community));
    }

    @PUT
    @Path("case-settings")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "updateCaseSettings",
            summary = "Set whether closing a case needs the community admin's approval, and how many days back the"
                    + " paper log may be typed in; a field left out keeps its current value")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "handlersCloseTwoMonthsOfPaper",
                                            value = "{\"closingRequiresAdmin\":false,\"paperLogMaxAgeDays\":60}")))
    @APIResponse(responseCode = "200", description = "Set; the community's settings as they now are")
    @APIResponse(responseCode = "400", description = "paperLogMaxAgeDays is not 1 to 366, or a field is invalid")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    public CaseRequests.Settings put(
            @PathParam("community") String community, @NotNull @Valid CaseRequests.Settings body) {
        scope.require(community);
        references.requireCommunity(community);
        return view(settings.set(community, body.closingRequiresAdmin(), body.paperLogMaxAgeDays()));
    }

    private static CaseRequests.Settings view(CaseSettings.Choices choices) {
        return new CaseRequests.Settings(
                choices.closingRequiresAdmin(), choices.paperLog().maxAgeDays());
    }

    @GET
    @Path("deadline-rules/{category}/{urgency}")
    @RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
    @Operation(
            operationId = "getDeadlineRule",
            summary = "The deadlines a new case of this category and urgency gets in this community")
    public CaseRequests.DeadlineRules rule(
            @PathParam("community") String community,
            @PathParam("category") Category category,
            @PathParam("urgency") Urgency urgency) {
        scope.require(community);
        DeadlinePolicy policy = deadlines.policy(community, category, urgency);
        return new CaseRequests.DeadlineRules(
                policy.firstContact().toString(), policy.feedback().toString());
    }

    @PUT
    @Path("deadline-rules/{category}/{urgency}")
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "setDeadlineRule",
            summary = "Set this community's deadlines for a category and urgency, e.g. 4h and 24h, or 1wd and 5wd")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "sanitationInHours",
                                            value = "{\"firstContact\":\"2h\",\"feedback\":\"12h\"}")))
    @APIResponse(
            responseCode = "400",
            description = "firstContact or feedback is not 1h to 240h (hours) or 1wd to 30wd (working days)")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "404", description = "The community is not known (not registered, or not known yet)")
    public CaseRequests.DeadlineRules setRule(
            @PathParam("community") String community,
            @PathParam("category") Category category,
            @PathParam("urgency") Urgency urgency,
            @NotNull @Valid CaseRequests.DeadlineRules body) {
        scope.require(community);
        references.requireCommunity(community);
        deadlines.setPolicy(
                community,
                category,
                urgency,
                new DeadlinePolicy(DeadlineRule.parse(body.firstContact()), DeadlineRule.parse(body.feedback())));
        return body;
    }
}
