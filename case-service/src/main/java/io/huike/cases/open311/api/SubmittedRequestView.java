package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a new request: the tracking number of the case it became. */
@Schema(name = "Open311SubmittedRequest")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SubmittedRequestView(
        @JsonProperty("service_request_id") @Schema(example = "GL-2026-000124")
        String serviceRequestId,

        @JsonProperty("service_notice") @Schema(example = "")
        String serviceNotice,

        @JsonProperty("account_id") @Schema(description = "Always null")
        String accountId) {}
