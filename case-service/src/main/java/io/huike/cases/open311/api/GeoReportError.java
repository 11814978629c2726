package io.huike.cases.open311.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One error as GeoReport v2 writes refusals: its HTTP status and what was wrong. */
@Schema(name = "GeoReportError", description = "GeoReport v2's own error format (not an RFC 9457 problem detail)")
public record GeoReportError(
        @Schema(description = "The HTTP status", example = "403")
        int code,

        @Schema(
                description = "What was refused; a field at fault is named first",
                example = "api_key is not a valid key of this jurisdiction_id")
        String description) {}
