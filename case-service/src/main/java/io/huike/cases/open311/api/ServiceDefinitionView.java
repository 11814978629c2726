package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.huike.cases.open311.GeoReportServices;
import io.huike.cases.open311.ServiceAttribute;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoReport v2 service definition: the attributes a request of the service answers. */
@Schema(name = "Open311ServiceDefinition")
public record ServiceDefinitionView(
        @JsonProperty("service_code") @Schema(example = "WATER_DRAINAGE")
        String serviceCode,

        @Schema(description = "Empty for a service that asks nothing")
        List<Attribute> attributes) {

    /** One attribute a request answers in {@code attribute[code]}, as GeoReport v2 describes it. */
    @Schema(name = "Open311Attribute")
    public record Attribute(
            @Schema(description = "Always true: the client asks its user")
            boolean variable,

            @Schema(example = "sewage_overflow") String code,

            @Schema(
                    description = "string, number, text, singlevaluelist or multivaluelist",
                    example = "singlevaluelist")
            String datatype,

            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,

            @Schema(description = "The question", example = "是否有污水外溢？")
            String description,

            @Schema(description = "The choices of a list; empty for the other datatypes")
            List<Value> values) {}

    /** A choice: {@code key} is submitted, {@code name} shown. */
    @Schema(name = "Open311AttributeValue")
    public record Value(
            @Schema(example = "yes") String key,
            @Schema(example = "有") String name) {}

    static ServiceDefinitionView of(GeoReportServices.Service service) {
        return new ServiceDefinitionView(
                service.code(),
                service.attributes().stream()
                        .map(ServiceDefinitionView::attribute)
                        .toList());
    }

    private static Attribute attribute(ServiceAttribute a) {
        return new Attribute(
                true,
                a.code(),
                a.datatype().code(),
                a.required(),
                a.datatype().description(),
                a.order(),
                a.question(),
                a.values().stream().map(v -> new Value(v.key(), v.name())).toList());
    }
}
