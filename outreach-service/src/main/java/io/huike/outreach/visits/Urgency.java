package io.huike.outreach.visits;

/** How soon a concern needs attention. */
public enum Urgency {
    NORMAL,
    URGENT
}
