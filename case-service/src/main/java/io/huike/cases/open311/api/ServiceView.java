package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.huike.cases.open311.GeoReportServices;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoReport v2 service: one per case category. */
@Schema(name = "Open311Service")
public record ServiceView(
        @JsonProperty("service_code") @Schema(example = "WATER_DRAINAGE")
        String serviceCode,

        @JsonProperty("service_name") @Schema(example = "供水排水")
        String serviceName,

        @Schema(example = "停水、漏水、下水道堵塞、污水外溢") String description,

        @Schema(description = "True when the service asks questions: services/{code} lists its attributes")
        boolean metadata,

        @Schema(description = "Always realtime: a request is registered as a case at once", example = "realtime")
        String type,

        @Schema(description = "Comma-separated", example = "停水,漏水,下水道,堵塞,污水")
        String keywords,

        @Schema(example = "市政设施") String group) {

    static ServiceView of(GeoReportServices.Service service) {
        return new ServiceView(
                service.code(),
                service.name(),
                service.description(),
                service.hasAttributes(),
                "realtime",
                service.keywords(),
                service.group());
    }
}
