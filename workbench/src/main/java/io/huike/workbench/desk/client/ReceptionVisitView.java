package io.huike.workbench.desk.client;

import java.time.Instant;
import java.util.List;

/** A recorded visit with the ids of the cases it raised. */
public record ReceptionVisitView(
        String id, String roomId, Instant visitedAt, String dutyMemberId, int peopleCount, List<String> caseIds) {

    public List<String> caseIds() {
        return caseIds == null ? List.of() : caseIds;
    }
}
