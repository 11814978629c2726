package io.huike.workbench.clients;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 9457 problem detail a service answered with: its type ({@code urn:huike:problem:stale-version}), status,
 * detail, the fields at fault, and extension members such as {@code changedBy}, {@code changedAt},
 * {@code currentStatus} and {@code allowedNext}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class ServiceProblem {

    /** The prefix of the platform's problem types; the rest is the slug. */
    public static final String TYPE_PREFIX = "urn:huike:problem:";

    public String type;
    public String title;
    public int status;
    public String detail;
    public List<FieldError> errors = List.of();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    /** One field at fault, by its JSON path ({@code matters[1].description}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {}

    public ServiceProblem() {}

    /** A problem without a body to read: only the status is known. */
    public static ServiceProblem ofStatus(int status) {
        ServiceProblem problem = new ServiceProblem();
        problem.status = status;
        return problem;
    }

    /** The slug of the type ({@code stale-version}), or empty for a problem of no platform type. */
    public String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : "";
    }

    @JsonAnySetter
    void extension(String name, Object value) {
        extensions.put(name, value);
    }

    /** An extension member as text, e.g. {@code changedBy}. */
    public Optional<String> extension(String name) {
        Object value = extensions.get(name);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public List<FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    @Override
    public String toString() {
        return status + " " + type + ": " + detail;
    }
}
