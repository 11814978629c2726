package io.huike.workbench.cases;

/** What the resident said when told the result (满意度). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
