package io.huike.plumbing.problems;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.huike.kernel.refusals.FieldViolation;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail, served as {@code application/problem+json}; extension members follow the standard ones. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final java.util.Set<String> STANDARD_MEMBERS =
            java.util.Set.of("type", "title", "status", "detail", "instance", "errors");

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private URI instance;
    private final List<FieldViolation> errors;
    private final Map<String, Object> extensions;

    public Problem(
            URI type,
            String title,
            int status,
            String detail,
            List<FieldViolation> errors,
            Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
        for (String member : this.extensions.keySet()) {
            if (STANDARD_MEMBERS.contains(member)) {
                // An extension of the same name would be written as a second member that overrides the standard one.
                throw new IllegalArgumentException("Extension member '" + member + "' clashes with a standard member");
            }
        }
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public URI getInstance() {
        return instance;
    }

    Problem withInstance(URI requestPath) {
        this.instance = requestPath;
        return this;
    }

    public List<FieldViolation> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
