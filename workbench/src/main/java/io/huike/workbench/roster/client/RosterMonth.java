package io.huike.workbench.roster.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A room's generated month of duty as roster-service shows it: every shift and what could not be covered. */
public record RosterMonth(
        String id, String roomId, String month, Instant generatedAt, List<ShiftView> shifts, List<Gap> gaps) {

    /**
     * What the roster could not cover: a shift of a day, or (without a shift code) the day as a whole lacking a
     * member with a needed skill. The reason is {@code NO_MEMBER_AVAILABLE} or {@code NO_DAILY_SKILL_AVAILABLE}.
     */
    public record Gap(LocalDate day, String shiftCode, String reason) {}

    public List<ShiftView> shifts() {
        return shifts == null ? List.of() : shifts;
    }

    public List<Gap> gaps() {
        return gaps == null ? List.of() : gaps;
    }
}
