package io.huike.cases.lookup.api;

import io.huike.cases.Case;
import io.huike.cases.deadlines.DeadlineCalculator;
import io.huike.cases.lookup.CaseStatusLookup;
import io.huike.kernel.personaldata.PersonalNumbers;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Residents look up their case themselves, without logging in. A POST, so that the digits stay out of access logs;
 * not under a community, since the tracking number names it.
 */
@Path("/case-status-lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resident status lookup")
public class CaseStatusLookupResource {

    private final CaseStatusLookup lookup;

    CaseStatusLookupResource(CaseStatusLookup lookup) {
        this.lookup = lookup;
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "lookUpCaseStatus",
            summary = "A resident looks up their case by tracking number and the last four digits of their phone",
            description = "No token. Answers the case's category, status, registration day, its two deadlines and"
                    + " whether they were met, and the timeline lines marked shareable (time and text only). No"
                    + " such case and wrong digits get the same 404; a case registered without a phone never"
                    + " matches. Limits, per instance: 30 lookups a minute per client address, and 5 failed lookups"
                    + " of a tracking number in 15 minutes lock that number (429, even with the right digits) until"
                    + " the oldest failure is 15 minutes old. A body that is not well-formed is a 400 and counts"
                    + " against neither limit.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "mrYang",
                                            value = "{\"trackingNumber\":\"GL-2026-000123\",\"phoneLast4\":\"5678\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The case as its resident may read it",
            content = @Content(schema = @Schema(implementation = CaseStatusView.class)))
    @APIResponse(
            responseCode = "400",
            description = "trackingNumber or phoneLast4 is missing or malformed (phoneLast4: exactly four digits);"
                    + " not counted as a failed lookup")
    @APIResponse(
            responseCode = "404",
            description = "No case has this tracking number with these digits (one answer for both, problem type"
                    + " no-matching-case); counted as a failed lookup of the number")
    @APIResponse(
            responseCode = "429",
            description = "Too many lookups from this client address, or too many failed lookups of this tracking"
                    + " number (problem type too-many-lookups); retry after Retry-After seconds",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds until a lookup is admitted again",
                            schema = @Schema(type = SchemaType.INTEGER)))
    public CaseStatusView lookUp(
            @NotNull @Valid CaseStatusLookupRequest body,
            @Context HttpServerRequest request,
            @HeaderParam("X-Forwarded-For") String forwardedFor) {
        String peer =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        CaseStatusLookup.Found found =
                lookup.lookUp(ClientAddress.of(peer, forwardedFor), body.trackingNumber(), body.phoneLast4());
        Case c = found.found();
        return new CaseStatusView(
                c.trackingNumber(),
                c.category(),
                c.status(),
                c.registeredAt().atZone(DeadlineCalculator.COMMUNITY_ZONE).toLocalDate(),
                new CaseStatusView.Deadline(c.firstContactDueAt(), c.firstContactAt() != null),
                new CaseStatusView.Deadline(c.feedbackDueAt(), c.feedbackAt() != null),
                found.sharedTimeline().stream()
                        // Free text may hold a number someone wrote down; this caller has no token.
                        .map(t -> new CaseStatusView.Entry(t.at(), PersonalNumbers.mask(t.text())))
                        .toList());
    }
}
