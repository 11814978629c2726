package io.huike.workbench.paperlog.client;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import java.time.Instant;

/** A case as the desk registers it, with the time it was really raised when typed in from the paper log. */
public record RegisterCase(
        Channel channel,
        Category category,
        Urgency urgency,
        String title,
        String description,
        String gridId,
        Resident resident,
        Instant occurredAt) {

    /** The resident who raised it; both optional. */
    public record Resident(String name, String phone) {}
}
