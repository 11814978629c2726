package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.huike.cases.open311.ServiceRequestUpdate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline line shared with the resident, as an update of a service request. */
@Schema(name = "Open311ServiceRequestUpdate")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequestUpdateView(
        @JsonProperty("update_id") String updateId,

        @JsonProperty("service_request_id") @Schema(example = "GL-2026-000123")
        String serviceRequestId,

        @Schema(description = "The request's status at this update: closed from the closing on", example = "open")
        String status,

        @JsonProperty("updated_datetime") @Schema(example = "2026-05-06T10:02:11+08:00")
        String updatedDatetime,

        @Schema(description = "The line's text; residents' numbers in it masked")
        String description,

        @JsonProperty("media_url") @Schema(description = "Always null")
        String mediaUrl) {

    static ServiceRequestUpdateView of(ServiceRequestUpdate u) {
        return new ServiceRequestUpdateView(
                u.updateId(), u.serviceRequestId(), u.status(), u.updatedDatetime(), u.description(), null);
    }
}
