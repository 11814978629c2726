package io.huike.kernel.refusals;

import java.util.List;

/** Fields whose values a rule cannot take whatever the records say: a malformed or missing value. */
public final class InvalidInput extends Refusal {

    public InvalidInput(List<FieldViolation> violations) {
        super("invalid-request", "The request has fields at fault; see errors", violations, null);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }
}
