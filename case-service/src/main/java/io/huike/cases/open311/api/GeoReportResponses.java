package io.huike.cases.open311.api;

import io.huike.cases.open311.Open311Keys;
import io.huike.plumbing.openapi.PlumbingResponses;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the refusals of the Open311 paths once, as GeoReport v2 writes them ({@code [{"code","description"}]},
 * {@code <errors><error>}): 400 and 403 on every operation that needs a key, 404 where the path names a record. Then
 * the plumbing's {@link PlumbingResponses} adds what the HTTP edge answers on every path (406, 414, 500, 503, …) as
 * problem details, leaving the refusals documented here as they are. Registered with {@code mp.openapi.filter}, which
 * takes one class: this one, for case-service.
 */
public class GeoReportResponses extends PlumbingResponses {

    static final String PATHS = "/open311/";

    static final String ERROR_SCHEMA = "GeoReportError";

    /** The path that needs no key. */
    private static final String DISCOVERY = "/open311/v2/discovery.{format}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith(PATHS) && !path.equals(DISCOVERY)) {
                    item.getOperations().values().forEach(operation -> document(path, operation));
                }
            });
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            if (openAPI.getComponents().getSchemas() == null
                    || !openAPI.getComponents().getSchemas().containsKey(ERROR_SCHEMA)) {
                openAPI.getComponents().addSchema(ERROR_SCHEMA, errorSchema());
            }
        }
        super.filterOpenAPI(openAPI);
    }

    private static void document(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(
                responses,
                400,
                "jurisdiction_id is missing, or a parameter or field is at fault: one error each, naming it;"
                        + " nothing is written",
                "jurisdiction_id: is required: the community's id");
        add(responses, 403, "api_key is missing, unknown, revoked or of another jurisdiction", Open311Keys.REFUSED);
        if (path.replace("{format}", "").contains("{")) {
            add(
                    responses,
                    404,
                    "The jurisdiction has no such record (request, token or service)",
                    "No service request GL-2026-000999 in jurisdiction gulou");
        }
    }

    private static void add(APIResponses responses, int status, String description, String example) {
        String code = String.valueOf(status);
        // An answer documented with content is kept; one without (Quarkus adds a bare 400 where input is read) is ours.
        if (responses.hasAPIResponse(code)
                && responses.getAPIResponse(code).getContent() != null
                && responses.getAPIResponse(code).getContent().getMediaTypes() != null
                && !responses.getAPIResponse(code).getContent().getMediaTypes().isEmpty()) {
            return;
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>" + status + "</code><description>"
                + example + "</description></error></errors>";
        Content content = OASFactory.createContent()
                .addMediaType(
                        "application/json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("#/components/schemas/" + ERROR_SCHEMA)))
                                .example(List.of(Map.of("code", status, "description", example))))
                .addMediaType(
                        "application/xml",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .description("<errors><error><code>…</code><description>…"))
                                .example(xml));
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("GeoReport v2's own error format (not an RFC 9457 problem detail)")
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status"))
                .addProperty(
                        "description",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .description("What was refused; a field at fault is named first"))
                .required(List.of("code", "description"));
    }
}
