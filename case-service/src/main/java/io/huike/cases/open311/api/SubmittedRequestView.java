package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a new request: the tracking number of the case it became, and the token to look it up by. */
@Schema(name = "Open311SubmittedRequest")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubmittedRequestView(
        @JsonProperty("service_request_id") @Schema(example = "GL-2026-000124")
        String serviceRequestId,

        @Schema(description = "For tokens/{token}", example = "6f1d2c3b-8a4e-4f5d-9b7a-1c2d3e4f5a6b")
        String token,

        @JsonProperty("service_notice") @Schema(example = "")
        String serviceNotice,

        @JsonProperty("account_id") @Schema(description = "Always null")
        String accountId) {}
