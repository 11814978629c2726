package io.huike.plumbing.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with the platform's two extensions: {@code community}, the
 * community the aggregate belongs to, and {@code sequence}, the aggregate's version after the change (1, 2, 3...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String community,
        long sequence,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** Whether every attribute the platform relies on is present. */
    public boolean isComplete() {
        return SPEC_VERSION.equals(specversion)
                && id != null
                && notBlank(source)
                && notBlank(type)
                && time != null
                && notBlank(subject)
                && notBlank(community)
                && sequence > 0
                && data != null
                && data.isObject();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
