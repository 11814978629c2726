package io.huike.workbench.outreach.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A notification campaign (逐人通知) with its progress and everyone on its list with the latest contact. */
public record CampaignRecord(
        String id, String title, String purpose, LocalDate dueDate, Progress progress, List<Target> targets) {

    public List<Target> targets() {
        return targets == null ? List.of() : targets;
    }

    /** How far the campaign has come; each person counts once, by the latest contact. */
    public record Progress(
            int targets, int notContacted, Map<ContactOutcome, Integer> byOutcome, int settled, int percentDone) {}

    /** Someone on the list, with the latest contact if any. */
    public record Target(
            String id,
            String householdId,
            String name,
            String gridId,
            ContactOutcome outcome,
            String contactedBy,
            Instant contactedAt,
            String note) {}
}
