package io.huike.workbench.desk.client;

import io.huike.workbench.cases.Category;
import io.huike.workbench.cases.Urgency;
import java.time.Instant;
import java.util.List;

/** A visit received at the reception room, with the matters it raised, as case-service takes it. */
public record RecordVisit(
        Instant visitedAt,
        String roomId,
        String dutyMemberId,
        Integer peopleCount,
        Visitor visitor,
        String summary,
        List<Matter> matters) {

    /** The resident who came; both optional. */
    public record Visitor(String name, String phone) {}

    /** One matter raised; it becomes a case. */
    public record Matter(Category category, Urgency urgency, String description, String gridId) {}
}
