package io.huike.kernel.refusals;

import java.util.List;

/** A well-formed request that a domain rule does not allow, e.g. a campaign's end before its start. */
public final class RuleBroken extends Refusal {

    public RuleBroken(String slug, String detail) {
        super(slug, detail, null, null);
    }

    public RuleBroken(String slug, String detail, List<FieldViolation> violations) {
        super(slug, detail, violations, null);
    }
}
