package io.huike.plumbing.personaldata;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.roles.Roles;
import io.huike.plumbing.scoping.CallerScope;
import io.huike.plumbing.validation.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of unmasked personal data reads, for the community's admin; every service that holds such data has it. */
@Path("/communities/{community}/personal-data-reads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data reads", description = "Who read which resident's unmasked phone number or address, and when")
public class PersonalDataReadsResource {

    private final PersonalDataReads reads;
    private final CallerScope scope;

    PersonalDataReadsResource(PersonalDataReads reads, CallerScope scope) {
        this.reads = reads;
        this.scope = scope;
    }

    @GET
    @RolesAllowed(Roles.COMMUNITY_ADMIN)
    @Operation(
            operationId = "listPersonalDataReads",
            summary = "Who read residents' personal data unmasked, newest first",
            description = "Pages of at most `limit` reads; when more follow, the `Link` header (rel=\"next\") gives"
                    + " the next page's address, whose `after` names the last read of this page.")
    @APIResponse(
            responseCode = "200",
            description = "The reads, newest first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = PersonalDataReads.PersonalDataRead.class)),
            headers =
                    @Header(
                            name = "Link",
                            description = "The next page, rel=\"next\", when more reads follow",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response list(
            @PathParam("community") String community,
            @Parameter(description = "Reads at or after this time, e.g. 2026-05-01T00:00:00+08:00") @QueryParam("from")
                    String from,
            @Parameter(description = "Reads before this time") @QueryParam("to") String to,
            @Parameter(description = "Continue after this read: the `after` of the previous page's next link")
                    @QueryParam("after")
                    String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Context UriInfo uri) {
        scope.require(community);
        PersonalDataReads.Cursor cursor = null;
        if (after != null && !after.isBlank()) {
            cursor = PersonalDataReads.Cursor.parse(after.strip());
            if (cursor == null) {
                throw new InvalidInput(List.of(new FieldViolation("after", "must be the `after` of a next link")));
            }
        }
        PersonalDataReads.Page page = reads.readsOf(
                community,
                instant(QueryValues.offsetDateTime("from", from)),
                instant(QueryValues.offsetDateTime("to", to)),
                cursor,
                limit);
        Response.ResponseBuilder answer = Response.ok(page.reads());
        if (page.next() != null) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("after", page.next().token())
                    .build();
            answer.link(next, "next");
        }
        return answer.build();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
