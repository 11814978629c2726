package io.huike.cases;

/** What a timeline entry records: a note someone wrote, or an action taken on the case. */
public enum TimelineKind {
    NOTE,
    ACTION
}
