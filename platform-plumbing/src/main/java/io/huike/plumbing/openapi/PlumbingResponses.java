package io.huike.plumbing.openapi;

import io.huike.plumbing.problems.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the answers the shared plumbing gives whatever the resource does: bad input,
 * missing or refused tokens, unknown records, media types, limits of the HTTP server, unexpected failures and an
 * unreachable database, each an RFC 9457 problem detail. A response an operation documents itself is kept as it is.
 * Registered with {@code mp.openapi.filter}, so it runs after the annotations and the roles have been read.
 */
public class PlumbingResponses implements OASFilter {

    /** The component every added response refers to. */
    public static final String PROBLEM_SCHEMA = "Problem";

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
                responses.addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema()
                                                .ref("#/components/schemas/" + PROBLEM_SCHEMA))));
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
