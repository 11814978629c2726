package io.huike.cases.open311.api;

import io.huike.cases.open311.GeoReportServices;
import io.huike.cases.open311.Open311Key;
import io.huike.cases.open311.Open311Keys;
import io.huike.cases.open311.Open311Requests;
import io.huike.cases.open311.Open311Submission;
import io.huike.cases.open311.W3cDateTimes;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) for the systems a community gave a key: its services
 * (one per case category), its cases as service requests, new requests registered as cases, and the updates of the
 * extension {@code servicerequestupdates}. The jurisdiction is the community; every path but discovery needs an
 * {@code api_key} of that jurisdiction. Answers and refusals are GeoReport's, in JSON or XML by the path's suffix;
 * {@link GeoReportResponses} documents the refusals of every operation.
 */
@Path("/open311/v2")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, GeoReportFormat.TEXT_XML})
@Tag(name = "Open311")
public class Open311Resource {

    private final Open311Keys keys;
    private final Open311Requests requests;
    private final GeoReportWriter writer;

    Open311Resource(Open311Keys keys, Open311Requests requests, GeoReportWriter writer) {
        this.keys = keys;
        this.requests = requests;
        this.writer = writer;
    }

    @GET
    @Path("/discovery." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "discoverOpen311",
            summary = "Where GeoReport v2 is served, and in which formats",
            description = "Needs no key.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DiscoveryView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<discovery> with the same fields"))
            })
    public Response discovery(@PathParam("format") String format, @Context UriInfo uri, @Context HttpHeaders headers) {
        String base = uri.getBaseUriBuilder().path("open311").path("v2").build().toString();
        DiscoveryView discovery = new DiscoveryView(
                CHANGESET,
                "The community's reception room (党员会客室)",
                "An admin of the community issues keys: POST /communities/{community}/open311-keys",
                List.of(new DiscoveryView.Endpoint(
                        "http://wiki.open311.org/GeoReport_v2",
                        base,
                        CHANGESET,
                        "production",
                        List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, GeoReportFormat.TEXT_XML))));
        return writer.object(GeoReportFormat.of(format), headers, "discovery", discovery);
    }

    /** When what this endpoint serves last changed. */
    private static final String CHANGESET = "2026-05-01T00:00:00+08:00";

    @GET
    @Path("/services." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "listOpen311Services",
            summary = "The services: one per case category",
            description = "service_code is the category; a service that asks questions of a request has metadata"
                    + " true and its definition lists them.")
    @APIResponse(
            responseCode = "200",
            description = "Every service",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "<services><service>…</service></services>"))
            })
    public Response services(
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    "services",
                    GeoReportServices.all().stream().map(ServiceView::of).toList());
        });
    }

    @GET
    @Path("/services/{code}." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "getOpen311ServiceDefinition",
            summary = "A service's definition: the attributes its requests answer")
    @APIResponse(
            responseCode = "200",
            description = "The definition",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ServiceDefinitionView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<service_definition>…"))
            })
    public Response serviceDefinition(
            @PathParam("code") String code,
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            GeoReportServices.Service service =
                    GeoReportServices.byCode(code).orElseThrow(() -> new NotFound("No service has the code " + code));
            return writer.object(
                    GeoReportFormat.of(format), headers, "service_definition", ServiceDefinitionView.of(service));
        });
    }

    @GET
    @Path("/requests." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "listOpen311Requests",
            summary = "The jurisdiction's cases as service requests, newest first, a page of at most 1000",
            description = "With service_request_id the other filters and paging are ignored. Without start_date, the"
                    + " 90 days before end_date (default now); dates are of registration. Paging (an extension):"
                    + " page from 1, page_size up to 1000 (default 1000), ordered by registration, newest first, then"
                    + " by the case's id.")
    @APIResponse(
            responseCode = "200",
            description = "The requests",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequestView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<service_requests><request>…"))
            })
    public Response listRequests(
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Parameter(description = "Tracking numbers, comma-separated") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Service codes, comma-separated") @QueryParam("service_code") String serviceCodes,
            @Parameter(description = "W3C date-time, e.g. 2026-05-01T00:00:00+08:00") @QueryParam("start_date")
                    String start,
            @Parameter(description = "W3C date-time") @QueryParam("end_date") String end,
            @Parameter(description = "open or closed") @QueryParam("status") String status,
            @Parameter(description = "Which page, from 1 (default 1)") @QueryParam("page") String page,
            @Parameter(description = "Requests a page, 1 to 1000 (default 1000)") @QueryParam("page_size")
                    String pageSize,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            Open311Requests.Query query =
                    Open311Requests.Query.of(ids, serviceCodes, start, end, status, page, pageSize);
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    "service_requests",
                    requests.search(jurisdiction, query, Instant.now()).stream()
                            .map(ServiceRequestView::of)
                            .toList());
        });
    }

    @GET
    @Path("/requests/{id}." + GeoReportFormat.SUFFIX)
    @Operation(operationId = "getOpen311Request", summary = "One service request, by the case's tracking number")
    @APIResponse(
            responseCode = "200",
            description = "A list of the one request, as GeoReport v2 answers",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequestView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<service_requests><request>…"))
            })
    public Response getRequest(
            @PathParam("id") String id,
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    "service_requests",
                    List.of(ServiceRequestView.of(requests.find(jurisdiction.strip(), id))));
        });
    }

    @POST
    @Path("/requests." + GeoReportFormat.SUFFIX)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            operationId = "submitOpen311Request",
            summary = "A new service request, registered as a case of the jurisdiction",
            description = "Registered through the same intake as every case (channel OPEN311): deadlines, assignment"
                    + " to the member on duty and the case.registered event. A location is required: lat and long, or"
                    + " address_string. The answers to the service's attributes (attribute[code]) are checked against"
                    + " its definition and written under the case's description. media_url is an http or https link"
                    + " (at most 2000 characters). email is checked, not kept. The answer carries a token, too.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema = @Schema(implementation = Open311RequestForm.class),
                            examples =
                                    @ExampleObject(
                                            name = "drain",
                                            value =
                                                    "{\"api_key\":\"KEY\",\"jurisdiction_id\":\"gulou\","
                                                            + "\"service_code\":\"WATER_DRAINAGE\",\"description\":\"楼下下水道堵塞\","
                                                            + "\"address_string\":\"鼓楼小区3号楼东侧\",\"lat\":32.0603,\"long\":118.7969}")))
    @APIResponse(
            responseCode = "201",
            description = "Registered; the tracking number is the service_request_id; tokens/{token} finds it again",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = SubmittedRequestView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<service_requests><request>…"))
            })
    public Response submit(
            @PathParam("format") String format,
            MultivaluedMap<String, String> form,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            Map<String, List<String>> fields = form == null ? Map.of() : form;
            String jurisdiction = fields.getOrDefault("jurisdiction_id", List.of()).stream()
                    .findFirst()
                    .orElse(null);
            Open311Key key = authorize(
                    jurisdiction,
                    fields.getOrDefault("api_key", List.of()).stream()
                            .findFirst()
                            .orElse(null));
            Open311Submission submission = Open311Submission.read(fields);
            Open311Requests.Submitted registered = requests.submit(jurisdiction.strip(), key, submission);
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    201,
                    "service_requests",
                    List.of(new SubmittedRequestView(registered.serviceRequestId(), registered.token(), "", null)),
                    uri.getBaseUriBuilder()
                            .path("open311/v2/requests")
                            .path(registered.serviceRequestId() + "." + format)
                            .queryParam("jurisdiction_id", jurisdiction.strip())
                            .build());
        });
    }

    @GET
    @Path("/tokens/{token}." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "getOpen311RequestIdByToken",
            summary = "The service_request_id of the request a token was given for",
            description = "Every request posted gets a token in the answer; requests are registered at once, so a"
                    + " token always leads to its service_request_id.")
    @APIResponse(
            responseCode = "200",
            description = "A list of the one request's id and token, as GeoReport v2 answers",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema = @Schema(type = SchemaType.STRING, description = "<service_requests><request>…"))
            })
    public Response token(
            @PathParam("token") String token,
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            Open311Requests.Submitted found = requests.byToken(jurisdiction.strip(), token);
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    "service_requests",
                    List.of(new TokenView(found.serviceRequestId(), found.token())));
        });
    }

    @GET
    @Path("/servicerequestupdates." + GeoReportFormat.SUFFIX)
    @Operation(
            operationId = "listOpen311RequestUpdates",
            summary = "Updates of the jurisdiction's requests: the timeline lines shared with residents",
            description = "Lines entered from start_date (default: 90 days before end_date) until end_date (default:"
                    + " now), oldest first, at most 1000; counted by when a line was entered, so a line typed in later"
                    + " is not missed by a client that asks on from its last start_date.")
    @APIResponse(
            responseCode = "200",
            description = "The updates",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceRequestUpdateView.class)),
                @Content(
                        mediaType = MediaType.APPLICATION_XML,
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        description = "<service_request_updates><request_update>…"))
            })
    public Response updates(
            @PathParam("format") String format,
            @Parameter(description = "The community's id") @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "A key of the jurisdiction") @QueryParam("api_key") String apiKey,
            @Parameter(description = "W3C date-time") @QueryParam("start_date") String start,
            @Parameter(description = "W3C date-time") @QueryParam("end_date") String end,
            @Context HttpHeaders headers) {
        return answer(format, headers, () -> {
            authorize(jurisdiction, apiKey);
            Instant to = W3cDateTimes.parse("end_date", end);
            Instant until = to == null ? Instant.now().plus(1, ChronoUnit.SECONDS) : to;
            Instant from = W3cDateTimes.parse("start_date", start);
            Instant since = from == null ? until.minus(Open311Requests.DEFAULT_WINDOW) : from;
            if (until.isBefore(since)) {
                throw new InvalidInput("end_date", "is not before start_date");
            }
            return writer.list(
                    GeoReportFormat.of(format),
                    headers,
                    "service_request_updates",
                    requests.updates(jurisdiction, since, until).stream()
                            .map(ServiceRequestUpdateView::of)
                            .toList());
        });
    }

    /** The key presented, if it is a key of the jurisdiction named; a missing jurisdiction is named. */
    private Open311Key authorize(String jurisdiction, String apiKey) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            throw new InvalidInput("jurisdiction_id", "is required: the community's id");
        }
        return keys.require(jurisdiction.strip(), apiKey);
    }

    /** The answer, or the refusal met on the way in GeoReport's error format. */
    private Response answer(String format, HttpHeaders headers, Supplier<Response> work) {
        try {
            return work.get();
        } catch (Refusal refused) {
            return writer.refusal(GeoReportFormat.of(format), headers, refused);
        }
    }
}
