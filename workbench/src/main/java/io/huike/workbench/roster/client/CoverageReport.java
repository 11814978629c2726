package io.huike.workbench.roster.client;

import java.time.LocalDate;
import java.util.List;

/**
 * roster-service's coverage report of a period (for community admins): shifts nobody covers, shifts whose member
 * can no longer keep them, months not generated, members above the fair share, and how much duty was kept.
 */
public record CoverageReport(
        LocalDate from,
        LocalDate to,
        List<Uncovered> uncovered,
        List<ToHandOver> toHandOver,
        List<NotGenerated> notGenerated,
        List<Overloaded> overloaded,
        Kept attendance) {

    /** A shift of a generated roster that nobody covers. */
    public record Uncovered(String roomId, LocalDate day, String shiftCode, String reason) {}

    /** A scheduled shift whose member has since taken leave ({@code ON_LEAVE}) or been deactivated ({@code INACTIVE}). */
    public record ToHandOver(String shiftId, String memberId, LocalDate day, String shiftCode, String reason) {}

    /** A room whose month has working days in the period but no roster yet ({@code month} as {@code 2026-06}). */
    public record NotGenerated(String roomId, String month) {}

    /** A member above the fair share of the period's shifts. */
    public record Overloaded(String memberId, String name, long shifts, long fairShare) {}

    /** The period's shifts that have ended, and how many were checked in. */
    public record Kept(long ended, long checkedIn) {}

    public List<Uncovered> uncovered() {
        return uncovered == null ? List.of() : uncovered;
    }

    public List<ToHandOver> toHandOver() {
        return toHandOver == null ? List.of() : toHandOver;
    }

    public List<NotGenerated> notGenerated() {
        return notGenerated == null ? List.of() : notGenerated;
    }

    public List<Overloaded> overloaded() {
        return overloaded == null ? List.of() : overloaded;
    }
}
