package io.huike.reporting.figures.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.validation.QueryValues;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.figures.FigureQueries;
import io.huike.reporting.figures.FigureQuery;
import io.huike.reporting.figures.FigureRow;
import io.huike.reporting.figures.Figures;
import io.huike.reporting.figures.Grouping;
import io.huike.reporting.figures.OverdueWork;
import io.huike.reporting.figures.OverdueWorkQueries;
import io.huike.reporting.figures.Ranking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a district supervisor compares: rankings, trends and overdue work across the communities in scope. */
@Path("/district")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "District")
public class DistrictResource {

    /** The month's communities, ranked by each of the three rates. */
    public record Rankings(
            String month,
            List<Ranking.Place> byResponseRate,
            List<Ranking.Place> byResolutionRate,
            List<Ranking.Place> bySatisfactionRate) {}

    private final FigureQueries queries;
    private final OverdueWorkQueries overdueWork;
    private final CommunitySelection selection;

    DistrictResource(FigureQueries queries, OverdueWorkQueries overdueWork, CommunitySelection selection) {
        this.queries = queries;
        this.overdueWork = overdueWork;
        this.selection = selection;
    }

    @GET
    @Path("rankings")
    @Operation(
            operationId = "getDistrictRankings",
            summary = "Rank the communities in scope by response, resolution and satisfaction rate for a month",
            description = "month as YYYY-MM, default the current month. Highest rate first; equal rates share a rank "
                    + "(1, 2, 2, 4); a community without a rate comes last with rank null. Rates as in GET /figures.")
    public Rankings rankings(
            @QueryParam("month") String month,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district) {
        YearMonth m = month(month);
        List<FigureRow> rows = queries.compute(
                new FigureQuery(
                        selection.select(null, subdistrict, district),
                        m.atDay(1),
                        m.atEndOfMonth(),
                        null,
                        null,
                        Grouping.COMMUNITY),
                Instant.now());
        return new Rankings(
                m.toString(),
                Ranking.rank(rows, Figures::responseRate),
                Ranking.rank(rows, Figures::resolutionRate),
                Ranking.rank(rows, Figures::satisfactionRate));
    }

    @GET
    @Path("trends")
    @Operation(
            operationId = "getDistrictTrends",
            summary = "Monthly figures over the last months, ending with the current one",
            description = "One row per month (key YYYY-MM), oldest first, for the communities named or every one in "
                    + "scope. Figures as in GET /figures, volunteersRegistered (by the month's end), volunteersActive, "
                    + "volunteerActivities and volunteerHours among them.")
    public List<FigureRow> trends(
            @QueryParam("months") @DefaultValue("12") @Min(1) @Max(36) int months,
            @QueryParam("community") List<String> communities,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district) {
        YearMonth current = YearMonth.now(CaseFact.ZONE);
        return queries.compute(
                new FigureQuery(
                        selection.select(communities, subdistrict, district),
                        current.minusMonths(months - 1L).atDay(1),
                        current.atEndOfMonth(),
                        null,
                        null,
                        Grouping.MONTH),
                Instant.now());
    }

    @GET
    @Path("overdue-work")
    @Operation(
            operationId = "getDistrictOverdueWork",
            summary = "Overdue open cases per handler across the communities in scope",
            description = "Most overdue cases first; assigneeId null for cases nobody has been assigned yet. "
                    + "Overdue as in GET /figures.")
    public List<OverdueWork> overdueWork(
            @QueryParam("community") List<String> communities,
            @QueryParam("subdistrict") String subdistrict,
            @QueryParam("district") String district) {
        return overdueWork.perHandler(selection.select(communities, subdistrict, district), Instant.now());
    }

    static YearMonth month(String month) {
        YearMonth parsed = QueryValues.yearMonth("month", month);
        return parsed != null ? parsed : YearMonth.now(CaseFact.ZONE);
    }
}
