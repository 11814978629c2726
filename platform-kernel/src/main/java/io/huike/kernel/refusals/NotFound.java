package io.huike.kernel.refusals;

import java.util.List;
import java.util.Map;

/** The record asked for does not exist in the caller's community (or in no community the caller may see). */
public final class NotFound extends Refusal {

    public NotFound(String detail) {
        super("not-found", detail, null, null);
    }

    public NotFound(String slug, String detail, List<FieldViolation> violations, Map<String, Object> extensions) {
        super(slug, detail, violations, extensions);
    }
}
