package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoReport v2 service definition: the attributes a request of the service may carry; none so far. */
@Schema(name = "Open311ServiceDefinition")
public record ServiceDefinitionView(
        @JsonProperty("service_code") @Schema(example = "WATER_DRAINAGE")
        String serviceCode,

        @Schema(description = "Empty: no service defines attributes yet")
        List<Attribute> attributes) {

    /** One attribute a request may carry, as GeoReport v2 describes it. */
    @Schema(name = "Open311Attribute")
    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description) {}
}
