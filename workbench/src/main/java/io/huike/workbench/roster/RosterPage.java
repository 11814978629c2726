package io.huike.workbench.roster;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The roster page: the month's grid of every room, the signed-in member's current shift (check in, check out) and
 * shifts of the month (ask for a swap), the swap requests they are part of (and, for an admin, those to approve),
 * the month's gaps, and for an admin generating a month and the coverage report. After a refused form the page shows
 * the refusal next to that form, with what the user had entered.
 *
 * @param memberKnown whether the user's token names their roster member id (the {@code member} claim)
 * @param todayKnown whether today's duty could be read
 * @param coverage the coverage report of the month; null unless the user is an admin
 * @param done what just succeeded, to confirm it; null otherwise
 * @param failure the form just refused; null otherwise
 */
@TemplateData
public record RosterPage(
        String month,
        String monthLabel,
        String previousMonth,
        String nextMonth,
        boolean admin,
        boolean takesDuty,
        boolean memberKnown,
        CurrentDuty current,
        String nextShiftToday,
        boolean todayKnown,
        List<MyShift> myShifts,
        boolean swapsKnown,
        List<SwapGroup> swapGroups,
        boolean roomsKnown,
        List<RoomMonth> rooms,
        List<GapLine> gaps,
        CoverageView coverage,
        List<Option> members,
        List<OptionGroup> counterShifts,
        String doneMessage,
        FormFailure failure) {

    /** A choice of a select. */
    public record Option(String id, String name) {}

    /** Choices grouped under a label ({@code <optgroup>}): a member's shifts. */
    public record OptionGroup(String label, List<Option> options) {}

    /** The shift the user is on now or may check in to now. */
    public record CurrentDuty(
            String shiftId,
            String roomName,
            String shiftName,
            LocalTime start,
            LocalTime end,
            Instant checkedInAt,
            boolean mayCheckIn,
            boolean mayCheckOut) {}

    /** One of the user's shifts of the month, with what they may do with it. */
    public record MyShift(
            String id,
            String dayLabel,
            String roomName,
            String shiftName,
            LocalTime start,
            LocalTime end,
            boolean past,
            boolean swapOpen,
            boolean mayAskSwap) {

        /** The id of its swap form ({@code swap-<shift id>}). */
        public String formId() {
            return "swap-" + id;
        }

        /** The id of a field of its swap form ({@code swap-<shift id>-note}). */
        public String fieldId(String field) {
            return formId() + "-" + field;
        }
    }

    /**
     * Swap requests under one heading: those asking the user, those the user asked, and (for an admin) the others.
     *
     * @param id the list's id on the page
     */
    public record SwapGroup(String id, String heading, List<SwapLine> lines) {}

    /**
     * A swap request as the page shows it.
     *
     * @param shiftText the shift asked for: day, room and shift
     * @param counterText the shift offered in exchange; empty if none
     */
    public record SwapLine(
            String id,
            String shiftText,
            String fromName,
            String toName,
            String counterText,
            String stateText,
            String note,
            boolean mayAccept,
            boolean mayDecline,
            boolean mayApprove) {

        /** The id its refusals are shown by ({@code swap-request-<id>}). */
        public String formId() {
            return "swap-request-" + id;
        }

        public boolean mayDecide() {
            return mayAccept || mayDecline || mayApprove;
        }
    }

    /**
     * A room's month: its grid once generated.
     *
     * @param generated whether roster-service has the month
     * @param known whether roster-service could say; false while it cannot be reached
     */
    public record RoomMonth(String id, String name, boolean known, boolean generated, MonthGrid grid) {

        /** The id of its generate form ({@code generate-<room id>}). */
        public String formId() {
            return "generate-" + id;
        }
    }

    /** A shift (or, with no shift name, a whole day) the month's roster could not cover. */
    public record GapLine(String roomName, String dayLabel, String shiftName, String reason) {}

    /** The admin's coverage report of the month; {@code known} false when it could not be read. */
    public record CoverageView(
            boolean known,
            List<HandOverLine> toHandOver,
            List<String> notGenerated,
            List<OverloadLine> overloaded,
            long ended,
            long checkedIn) {}

    /** A shift whose member can no longer keep it. */
    public record HandOverLine(String dayLabel, String shiftName, String memberName, String reason) {}

    /** A member above the fair share of the month's shifts. */
    public record OverloadLine(String name, long shifts, long fairShare) {}

    /** Whether the form with this id is the one just refused. */
    public boolean failed(String form) {
        return failure != null && failure.is(form);
    }

    /** The refusal's message for a field of the refused form; empty for every other form. */
    public String fieldError(String form, String field) {
        return failed(form) ? failure.fieldErrors().getOrDefault(field, "") : "";
    }

    /** What the user entered in a field of the refused form; empty for every other form. */
    public String entered(String form, String field) {
        return failed(form) ? failure.entered().getOrDefault(field, "") : "";
    }

    /** Whether an option was the one chosen in the refused form. */
    public boolean selected(String form, String field, String option) {
        return failed(form) && option != null && option.equals(failure.entered().get(field));
    }

    /** Whether any swap request is shown. */
    public boolean hasSwaps() {
        return !swapGroups.isEmpty();
    }
}
