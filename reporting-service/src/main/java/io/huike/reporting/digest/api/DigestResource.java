package io.huike.reporting.digest.api;

import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import io.huike.reporting.digest.DigestPage;
import io.huike.reporting.digest.DigestQueries;
import io.huike.reporting.digest.DigestWorkbook;
import io.huike.reporting.digest.MonthEndDigest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The month-end digest of one community, as JSON, a printable page and a workbook. */
@Path("/digests/{community}/{month}")
@RolesAllowed({Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN, Roles.DISTRICT_SUPERVISOR})
@Tag(name = "Monthly digests")
public class DigestResource {

    private static final String CONTENT = "The month's figures as in GET /figures (figures.volunteersRegistered, "
            + "figures.volunteersActive, figures.volunteerActivities and figures.volunteerHours among them); "
            + "open and overdue cases, cases on the month's committee agenda with the "
            + "decision, referrals awaiting an outside body's reply, the five hottest categories and grids of the "
            + "month, and the open cases whose running deadline falls next month; lists as the cases stand at the "
            + "month's end (or now while it runs). month is YYYY-MM; a community outside the caller's scope is 403.";

    private final DigestQueries digests;
    private final CallerScope scope;

    DigestResource(DigestQueries digests, CallerScope scope) {
        this.digests = digests;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMonthlyDigest",
            summary = "The month-end digest of a community for the committee meeting",
            description = CONTENT)
    public MonthEndDigest json(@PathParam("community") String community, @PathParam("month") String month) {
        return digest(community, month);
    }

    @GET
    @Path("page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "getMonthlyDigestPage",
            summary = "The month-end digest as a printable HTML page",
            description = CONTENT)
    public String page(@PathParam("community") String community, @PathParam("month") String month) {
        return DigestPage.render(digest(community, month));
    }

    @GET
    @Path("workbook")
    @Produces(DigestWorkbook.MEDIA_TYPE)
    @Operation(
            operationId = "getMonthlyDigestWorkbook",
            summary = "The month-end digest as an XLSX workbook, one sheet per section",
            description = CONTENT)
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content =
                    @Content(
                            mediaType = DigestWorkbook.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@PathParam("community") String community, @PathParam("month") String month) {
        MonthEndDigest digest = digest(community, month);
        return Response.ok(DigestWorkbook.write(digest))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"digest-" + community + "-" + digest.month() + ".xlsx\"")
                .build();
    }

    private MonthEndDigest digest(String community, String month) {
        scope.require(community);
        YearMonth parsed = QueryValues.yearMonth("month", month);
        if (parsed == null) {
            throw QueryValues.invalid("month", "must be a month like 2026-05");
        }
        return digests.digest(community, parsed, Instant.now());
    }
}
