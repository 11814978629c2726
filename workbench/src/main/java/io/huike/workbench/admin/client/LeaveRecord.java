package io.huike.workbench.admin.client;

import java.time.LocalDate;
import java.util.List;

/** A recorded leave; {@code shiftsToHandOver} are the member's shifts already scheduled inside it. */
public record LeaveRecord(
        String id,
        String memberId,
        LocalDate firstDay,
        LocalDate lastDay,
        String reason,
        List<String> shiftsToHandOver) {

    public List<String> shiftsToHandOver() {
        return shiftsToHandOver == null ? List.of() : shiftsToHandOver;
    }
}
