package io.huike.cases;

/** A request the case's rules refuse although the transition itself is allowed, e.g. an outcome without a reason. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
