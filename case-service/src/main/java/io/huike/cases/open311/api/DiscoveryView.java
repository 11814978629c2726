package io.huike.cases.open311.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where GeoReport v2 is served and in which formats. */
@Schema(name = "Open311Discovery")
public record DiscoveryView(
        @Schema(example = "2026-05-01T00:00:00+08:00") String changeset,
        String contact,
        @JsonProperty("key_service") String keyService,
        List<Endpoint> endpoints) {

    /** One endpoint: the specification it speaks, its base URL and formats. */
    @Schema(name = "Open311Endpoint")
    public record Endpoint(
            @Schema(example = "http://wiki.open311.org/GeoReport_v2")
            String specification,

            @Schema(example = "http://127.0.0.1:8081/open311/v2")
            String url,

            String changeset,
            @Schema(example = "production") String type,
            List<String> formats) {}
}
