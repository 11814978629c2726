package io.huike.reporting.outreach.api;

import io.huike.kernel.roles.Roles;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.figures.api.CommunitySelection;
import io.huike.reporting.outreach.CampaignProgress;
import io.huike.reporting.outreach.FourOnesProgress;
import io.huike.reporting.outreach.OutreachQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the pairings keep the four ones, and how far notification campaigns have got. */
@Path("/outreach")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Outreach figures")
public class OutreachResource {

    private final OutreachQueries queries;
    private final CommunitySelection selection;

    OutreachResource(OutreachQueries queries, CommunitySelection selection) {
        this.queries = queries;
        this.selection = selection;
    }

    @GET
    @Path("four-ones")
    @Operation(
            operationId = "getFourOnesFigures",
            summary = "The four ones per community for a year: pairings owing them, completed, by kind",
            description = "A pairing owes the four ones (heart-to-heart talk, home visit with support, reception "
                    + "interview, study delivery) for a year when it ran on any day of it; it completed them when it "
                    + "did each at least once in that year. completionRate = complete / pairings, null without "
                    + "pairings. year defaults to the current one; communities as in GET /figures.")
    public List<FourOnesProgress> fourOnes(
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("community") List<String> communities,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district) {
        Year asked = year == null ? Year.now(CaseFact.ZONE) : Year.of(year);
        return queries.fourOnes(selection.select(communities, subdistrict, district), asked);
    }

    @GET
    @Path("campaigns")
    @Operation(
            operationId = "getCampaignFigures",
            summary = "Progress of every notification campaign in scope",
            description = "Per campaign: the people contacted at least once, and each counted once by the outcome "
                    + "of their latest contact (REACHED, NOT_REACHED, DONE, REFUSED); most recently active first.")
    public List<CampaignProgress> campaigns(
            @QueryParam("community") List<String> communities,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district) {
        return queries.campaigns(selection.select(communities, subdistrict, district));
    }
}
