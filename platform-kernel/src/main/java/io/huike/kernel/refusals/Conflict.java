package io.huike.kernel.refusals;

import java.util.Map;

/** What is asked contradicts what exists now, e.g. a second active pairing of the same household and member. */
public final class Conflict extends Refusal {

    public Conflict(String slug, String detail) {
        this(slug, detail, null);
    }

    public Conflict(String slug, String detail, Map<String, Object> extensions) {
        super(slug, detail, null, extensions);
    }
}
