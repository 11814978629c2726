package io.huike.cases;

/** The two promises a case carries: first contact, and feedback to the resident. */
public enum DeadlineKind {
    FIRST_CONTACT,
    FEEDBACK
}
