package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token and the request it was given for. */
@Schema(name = "Open311Token")
public record TokenView(
        @JsonProperty("service_request_id") @Schema(example = "GL-2026-000124")
        String serviceRequestId,

        @Schema(example = "6f1d2c3b-8a4e-4f5d-9b7a-1c2d3e4f5a6b")
        String token) {}
