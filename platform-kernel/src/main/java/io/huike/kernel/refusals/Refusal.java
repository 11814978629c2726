package io.huike.kernel.refusals;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a domain rule refuses what was asked, thrown before anything is written. It says what kind of refusal it is and
 * names the fields at fault; how a caller hears it (an HTTP status, a problem type) is the API's business.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, NotFound, NotPermitted, Conflict, RuleBroken, StaleVersion {

    /** The members every answer of a refusal has; an extension may not take their names. */
    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "errors");

    private final String slug;
    private final transient List<FieldViolation> violations;
    private final transient Map<String, Object> extensions;

    Refusal(String slug, String detail, List<FieldViolation> violations, Map<String, Object> extensions) {
        super(detail);
        this.slug = slug;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        for (String member : this.extensions.keySet()) {
            if (STANDARD_MEMBERS.contains(member)) {
                throw new IllegalArgumentException("Extension member '" + member + "' clashes with a standard member");
            }
        }
    }

    /** A short, stable name of the refusal, e.g. {@code pairing-exists}. */
    public String slug() {
        return slug;
    }

    public String detail() {
        return getMessage();
    }

    /** The fields at fault, by JSON path; empty when the refusal is about the request as a whole. */
    public List<FieldViolation> violations() {
        return violations;
    }

    /** Facts a caller can act on, e.g. the current status or the record that already exists. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
