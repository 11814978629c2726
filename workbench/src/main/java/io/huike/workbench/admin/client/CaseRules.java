package io.huike.workbench.admin.client;

/** The bodies of case-service's settings of a community. */
public final class CaseRules {

    private CaseRules() {}

    /**
     * Whether closing a case needs the community admin's approval, and how many days back the paper log may be typed
     * in (1 to 366). In a PUT a field left out keeps its value.
     */
    public record Settings(Boolean closingRequiresAdmin, Integer paperLogMaxAgeDays) {}

    /** The deadlines of one category and urgency, each {@code 1h}–{@code 240h} or {@code 1wd}–{@code 30wd}. */
    public record Deadlines(String firstContact, String feedback) {}
}
