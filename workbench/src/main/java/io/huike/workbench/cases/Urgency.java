package io.huike.workbench.cases;

/** How soon a case needs attention. */
public enum Urgency {
    NORMAL,
    URGENT
}
