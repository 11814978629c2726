package io.huike.kernel.calendar;

/** Why a day is or is not a working day. */
public enum DayKind {

    /** A Monday to Friday with nothing special about it. */
    WORKDAY(true),
    /** A Saturday or Sunday that is not a make-up working day. */
    WEEKEND(false),
    /** A public holiday of the official calendar, including the days it takes from weekdays. */
    HOLIDAY(false),
    /** A weekend day worked in exchange for holiday days (调休上班). */
    MAKEUP_WORKDAY(true),
    /** A day a community closed its reception room, on top of the official calendar. */
    LOCAL_CLOSURE(false);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
