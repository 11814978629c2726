package io.huike.workbench.cases;

/** The two promises a case makes to the resident. */
public enum DeadlineKind {
    FIRST_CONTACT,
    FEEDBACK
}
