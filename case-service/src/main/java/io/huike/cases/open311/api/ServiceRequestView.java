package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.huike.cases.open311.ServiceRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as a GeoReport v2 service request; times are W3C date-times in +08:00. */
@Schema(name = "Open311ServiceRequest")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ServiceRequestView(
        @JsonProperty("service_request_id")
        @Schema(description = "The case's tracking number", example = "GL-2026-000123")
        String serviceRequestId,

        @Schema(description = "closed once the case is closed, open before", example = "open")
        String status,

        @JsonProperty("status_notes") @Schema(description = "The latest timeline line shared with the resident")
        String statusNotes,

        @JsonProperty("service_name") @Schema(example = "供水排水")
        String serviceName,

        @JsonProperty("service_code") @Schema(example = "WATER_DRAINAGE")
        String serviceCode,

        @Schema(description = "The matter as described; residents' numbers in it masked")
        String description,

        @JsonProperty("agency_responsible") @Schema(description = "The body the case was last referred to, if any")
        String agencyResponsible,

        @JsonProperty("service_notice") @Schema(description = "Always empty", example = "")
        String serviceNotice,

        @JsonProperty("requested_datetime") @Schema(example = "2026-05-06T09:30:00+08:00")
        String requestedDatetime,

        @JsonProperty("updated_datetime") @Schema(example = "2026-05-06T10:02:11+08:00")
        String updatedDatetime,

        @JsonProperty("expected_datetime")
        @Schema(
                description = "When the resident is to be told the result, while that is still to come",
                example = "2026-05-07T00:00:00+08:00")
        String expectedDatetime,

        @Schema(example = "鼓楼小区3号楼东侧") String address,

        @JsonProperty("address_id") @Schema(description = "Always null")
        String addressId,

        @Schema(description = "Always null") String zipcode,
        @Schema(example = "32.0603") Double lat,
        @JsonProperty("long") @Schema(example = "118.7969") Double lon,

        @JsonProperty("media_url")
        @Schema(
                description = "The link to the photo the request came with (media_url when posted); null without one",
                example = "https://example.org/photos/drain.jpg")
        String mediaUrl) {

    static ServiceRequestView of(ServiceRequest r) {
        return new ServiceRequestView(
                r.serviceRequestId(),
                r.status(),
                r.statusNotes(),
                r.serviceName(),
                r.serviceCode(),
                r.description(),
                r.agencyResponsible(),
                r.serviceNotice(),
                r.requestedDatetime(),
                r.updatedDatetime(),
                r.expectedDatetime(),
                r.address(),
                null,
                null,
                r.lat(),
                r.lon(),
                r.mediaUrl());
    }
}
