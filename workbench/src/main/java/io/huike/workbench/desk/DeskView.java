package io.huike.workbench.desk;

import java.time.LocalTime;
import java.util.List;

/**
 * The reception desk: who is on duty now, and the visit form with its choices (members, rooms, grids) and what is
 * wrong with what was entered.
 *
 * @param dutyKnown whether roster-service told who is on duty (false while it cannot be reached)
 * @param membersKnown whether the members could be listed; if not, the duty member's id is typed
 * @param problem a refusal of the whole visit by case-service, in the user's language; empty if none
 */
public record DeskView(
        List<DutyLine> onDuty,
        boolean dutyKnown,
        VisitDraft draft,
        List<Option> members,
        boolean membersKnown,
        List<Option> rooms,
        List<Option> grids,
        List<VisitDraft.ErrorLink> errorSummary,
        String problem) {

    /** A member on a shift running now. */
    public record DutyLine(String memberName, String roomName, String shiftCode, LocalTime start, LocalTime end) {}

    /** A choice of a select: a member (marked when on duty now), a room or a grid. */
    public record Option(String id, String name, boolean onDuty) {}

    public boolean hasErrors() {
        return !errorSummary.isEmpty() || !problem.isEmpty();
    }
}
