package io.huike.plumbing.openapi;

import io.huike.plumbing.problems.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the answers the shared plumbing gives whatever the resource does: bad input,
 * missing or refused tokens, unknown records, media types, limits of the HTTP server, unexpected failures and an
 * unreachable database, each an RFC 9457 problem detail. A refusal an operation documents itself keeps its description
 * and is given the same problem detail schema, so that a generated client reads every error the same way; each one
 * has an example.
 * Registered with {@code mp.openapi.filter}, so it runs after the annotations and the roles have been read.
 */
public class PlumbingResponses implements OASFilter {

    /** The component every refusal refers to. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private static final Pattern REFUSAL = Pattern.compile("[45][0-9][0-9]");
    /** A description that names its problem type ("... (problem type paper-log-too-old)") gives it to the example. */
    private static final Pattern NAMED_TYPE = Pattern.compile("problem type ([a-z][a-z0-9-]*)");

    private static final Pattern EXAMPLE_SEGMENT = Pattern.compile("\\{([A-Za-z]+)}");

    /** The titles the services' refusals carry (ProblemMappers, EdgeProblems). */
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Invalid request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition failed"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable request"),
            Map.entry(428, "Precondition required"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal error"),
            Map.entry(503, "Service unavailable"));

    /** The problem types of the plumbing's own refusals; a domain refusal names its own kind (e.g. a conflict's). */
    private static final Map<Integer, String> SLUGS = Map.of(
            400, "invalid-request",
            401, "unauthenticated",
            403, "forbidden",
            404, "not-found",
            412, "stale-version",
            413, "payload-too-large",
            428, "if-match-required",
            500, "internal-error",
            503, "unavailable");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, item, operation)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(PROBLEM_SCHEMA)) {
            openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        }
    }

    /** The plumbing's statuses for one operation, by what the operation takes and who may call it. */
    static Map<String, String> statusesOf(String path, PathItem item, Operation operation) {
        boolean parameters = hasItems(operation.getParameters()) || hasItems(item.getParameters());
        boolean body = operation.getRequestBody() != null;
        boolean secured = hasItems(operation.getSecurity());
        Map<String, String> statuses = new LinkedHashMap<>();
        if (parameters || body) {
            statuses.put("400", "A parameter or field is at fault; the problem names it");
        }
        if (secured) {
            statuses.put("401", "No valid bearer token");
            statuses.put("403", "The token's roles or communities do not allow this");
        }
        if (path.contains("{")) {
            statuses.put("404", "No such record in a community of the caller");
        }
        statuses.put("406", "The answer cannot be given in the media type asked for");
        if (body) {
            statuses.put("413", "The body is larger than the service accepts");
            statuses.put("415", "The body is not application/json");
        }
        statuses.put("414", "The request line is longer than the service accepts");
        statuses.put("431", "The request's headers are larger than the service accepts");
        statuses.put("500", "Something failed on the service's side; the problem quotes an incident id");
        statuses.put("503", "The service's database is unreachable; nothing was changed. Retry after Retry-After");
        return statuses;
    }

    private static void document(String path, PathItem item, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        statusesOf(path, item, operation).forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (REFUSAL.matcher(status).matches() && isEmpty(response.getContent())) {
                response.setContent(problemContent(path, Integer.parseInt(status), response.getDescription()));
            }
        });
    }

    private static boolean isEmpty(Content content) {
        return content == null
                || content.getMediaTypes() == null
                || content.getMediaTypes().isEmpty();
    }

    private static Content problemContent(String path, int status, String description) {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA))
                                .example(example(path, status, description)));
    }

    /** A problem as the services write it for this status, with the response's description as its detail. */
    static Map<String, Object> example(String path, int status, String description) {
        String title = TITLES.getOrDefault(status, "HTTP " + status);
        Map<String, Object> problem = new LinkedHashMap<>();
        Matcher named = NAMED_TYPE.matcher(description == null ? "" : description);
        String slug = named.find()
                ? named.group(1)
                : SLUGS.getOrDefault(status, title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        problem.put("type", "urn:huike:problem:" + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", description == null || description.isBlank() ? title : description);
        problem.put("instance", EXAMPLE_SEGMENT.matcher(path).replaceAll(PlumbingResponses::exampleSegment));
        if (status == 400) {
            problem.put("errors", List.of(Map.of("field", "description", "message", "must not be blank")));
        }
        return problem;
    }

    /** A path parameter as a request would fill it: the demo community, a record's id, else the parameter's name. */
    private static String exampleSegment(MatchResult parameter) {
        String name = parameter.group(1);
        if (name.equals("community")) {
            return "gulou";
        }
        return name.equals("id") || name.endsWith("Id") ? "3f6c1b52-0d2e-4d8a-9c61-2b7e5a9d4f10" : name;
    }

    /** The RFC 9457 members and the list of fields at fault that {@link Problem} writes. */
    static Schema problemSchema() {
        Schema violation = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("The field at fault, as the caller wrote it, e.g. cases[1].description"))
                .addProperty("message", text("What is wrong with it"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, served as application/problem+json")
                .addProperty("type", text("A URI naming the kind of problem").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status of this answer"))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty("instance", text("The path of the request").format("uri-reference"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("The fields at fault, when the request's input is")
                                .items(violation))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static boolean hasItems(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
