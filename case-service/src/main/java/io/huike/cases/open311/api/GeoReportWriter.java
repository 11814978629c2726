package io.huike.cases.open311.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.NotPermitted;
import io.huike.kernel.refusals.Refusal;
import io.huike.kernel.refusals.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport v2 answers: JSON through the service's Jackson mapper, XML with the JDK's {@link XMLStreamWriter}
 * from the same views, each field an element named as in JSON, each list an element holding one element per item
 * ({@code <services><service>}, {@code <attributes><attribute>}). Refusals are GeoReport's errors, {@code
 * [{"code":403,"description":"..."}]} and {@code <errors><error><code>403</code>...}, not problem details.
 */
@ApplicationScoped
class GeoReportWriter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final Map<String, String> ITEMS = Map.of(
            "services", "service",
            "attributes", "attribute",
            "values", "value",
            "service_requests", "request",
            "request_updates", "request_update",
            "endpoints", "endpoint",
            "formats", "format",
            "errors", "error");

    private final ObjectMapper mapper;

    GeoReportWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A list: a JSON array, or the XML element {@code root} holding one item element per view. */
    Response list(GeoReportFormat format, HttpHeaders headers, int status, String root, List<?> views, URI location) {
        Object entity = format == GeoReportFormat.JSON ? views : xml(root, views);
        Response.ResponseBuilder answer =
                Response.status(status).type(format.mediaType(headers)).entity(entity);
        return (location == null ? answer : answer.location(location)).build();
    }

    Response list(GeoReportFormat format, HttpHeaders headers, String root, List<?> views) {
        return list(format, headers, 200, root, views, null);
    }

    /** One record: a JSON object, or the XML element {@code root} holding its fields. */
    Response object(GeoReportFormat format, HttpHeaders headers, String root, Object view) {
        Object entity = format == GeoReportFormat.JSON ? view : xml(root, view);
        return Response.ok(entity).type(format.mediaType(headers)).build();
    }

    /** A refusal as GeoReport's errors: one per field at fault, else one saying what was refused. */
    Response refusal(GeoReportFormat format, HttpHeaders headers, Refusal refusal) {
        int status = statusOf(refusal);
        List<GeoReportError> errors = refusal.violations().isEmpty()
                ? List.of(new GeoReportError(status, refusal.detail()))
                : refusal.violations().stream()
                        .map(v -> new GeoReportError(status, v.field() + ": " + v.message()))
                        .toList();
        return list(format, headers, status, "errors", errors, null);
    }

    static int statusOf(Refusal refusal) {
        if (refusal instanceof InvalidInput) {
            return 400;
        } else if (refusal instanceof NotPermitted) {
            return 403;
        } else if (refusal instanceof NotFound) {
            return 404;
        } else if (refusal instanceof Conflict) {
            return 409;
        } else if (refusal instanceof StaleVersion) {
            return 412;
        }
        return 422;
    }

    /** The XML document of {@code value} under the element {@code root}. */
    String xml(String root, Object value) {
        Object tree = mapper.convertValue(value, new TypeReference<Object>() {});
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, tree);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the XML answer", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(xml, String.valueOf(field.getKey()), field.getValue());
            }
        } else if (value instanceof List<?> items) {
            String item = ITEMS.getOrDefault(name, "item");
            for (Object each : items) {
                element(xml, item, each);
            }
        } else {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
