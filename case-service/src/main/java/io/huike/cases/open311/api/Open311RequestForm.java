package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a new GeoReport v2 request, form-encoded; documents the body only. */
@Schema(
        name = "Open311RequestForm",
        requiredProperties = {"api_key", "jurisdiction_id", "service_code", "description"})
public record Open311RequestForm(
        @JsonProperty("api_key") String apiKey,

        @JsonProperty("jurisdiction_id") @Schema(example = "gulou")
        String jurisdictionId,

        @JsonProperty("service_code") @Schema(example = "WATER_DRAINAGE")
        String serviceCode,

        @Schema(description = "Degrees (WGS 84), with long", example = "32.0603")
        Double lat,

        @JsonProperty("long") @Schema(description = "Degrees (WGS 84), with lat", example = "118.7969")
        Double lon,

        @JsonProperty("address_string") @Schema(description = "At most 500 characters", example = "鼓楼小区3号楼东侧")
        String addressString,

        @Schema(description = "At most 4000 characters", example = "楼下下水道堵塞，污水外溢")
        String description,

        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String phone,
        @Schema(description = "Checked, not kept") String email,

        @JsonProperty("media_url")
        @Schema(
                description = "A link to a photo, http or https, at most 2000 characters",
                example = "https://example.org/drain.jpg")
        String mediaUrl,

        @JsonProperty("attribute[sewage_overflow]")
        @Schema(
                description = "An answer to one of the service's attributes, attribute[code] as services/{code} lists"
                        + " them (repeated, or attribute[code][], for a multivaluelist)",
                example = "yes")
        String attribute) {}
