package io.huike.cases;

/** How soon a case needs attention. */
public enum Urgency {
    NORMAL,
    URGENT
}
