package io.huike.workbench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.roles.Roles;
import io.huike.workbench.roster.DutyActions.ShiftAction;
import io.huike.workbench.roster.DutyActions.SwapAction;
import io.huike.workbench.roster.client.KeptShift;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which actions a shift and a swap request allow, by roster-service's rules. */
class DutyActionsTest {

    static final Set<String> DUTY = Set.of(Roles.DUTY_MEMBER);
    static final Optional<String> WANG = Optional.of("m-wang");
    /** 6 May 2026, 08:30 to 12:00 in Beijing: 00:30 to 04:00 UTC. */
    static final KeptShift MORNING = new KeptShift(
            "s1",
            "room-1",
            LocalDate.of(2026, 5, 6),
            "AM",
            LocalTime.of(8, 30),
            LocalTime.of(12, 0),
            "m-wang",
            null,
            null);

    static Instant beijing(String time) {
        return LocalDate.of(2026, 5, 6)
                .atTime(LocalTime.parse(time))
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
    }

    @Test
    void aShiftNotStartedMayBeOfferedForASwapButNotCheckedInMoreThanAnHourAhead() {
        assertThat(DutyActions.forShift(MORNING, WANG, DUTY, false, beijing("07:00")))
                .containsExactly(ShiftAction.ASK_SWAP);
    }

    @Test
    void fromAnHourBeforeTheStartTheShiftMayBeCheckedIn() {
        assertThat(DutyActions.forShift(MORNING, WANG, DUTY, false, beijing("07:30")))
                .containsExactlyInAnyOrder(ShiftAction.ASK_SWAP, ShiftAction.CHECK_IN);
        assertThat(DutyActions.forShift(MORNING, WANG, DUTY, false, beijing("11:59")))
                .containsExactly(ShiftAction.CHECK_IN);
        assertThat(DutyActions.forShift(MORNING, WANG, DUTY, false, beijing("12:00")))
                .isEmpty();
    }

    @Test
    void aShiftCheckedInMayOnlyBeCheckedOutOnce() {
        KeptShift kept = new KeptShift(
                "s1",
                "room-1",
                MORNING.date(),
                "AM",
                MORNING.startTime(),
                MORNING.endTime(),
                "m-wang",
                beijing("08:25"),
                null);
        KeptShift left = new KeptShift(
                "s1",
                "room-1",
                MORNING.date(),
                "AM",
                MORNING.startTime(),
                MORNING.endTime(),
                "m-wang",
                beijing("08:25"),
                beijing("12:01"));

        assertThat(DutyActions.forShift(kept, WANG, DUTY, false, beijing("08:20")))
                .containsExactly(ShiftAction.CHECK_OUT);
        assertThat(DutyActions.forShift(left, WANG, DUTY, false, beijing("12:05")))
                .isEmpty();
    }

    @Test
    void aShiftWithAnOpenSwapRequestIsNotOfferedAgain() {
        assertThat(DutyActions.forShift(MORNING, WANG, DUTY, true, beijing("07:00")))
                .isEmpty();
    }

    @Test
    void anotherMembersShiftOrACaseHandlersViewAllowsNothing() {
        assertThat(DutyActions.forShift(MORNING, Optional.of("m-li"), DUTY, false, beijing("08:00")))
                .isEmpty();
        assertThat(DutyActions.forShift(MORNING, WANG, Set.of(Roles.CASE_HANDLER), false, beijing("08:00")))
                .isEmpty();
        assertThat(DutyActions.forShift(MORNING, Optional.empty(), DUTY, false, beijing("08:00")))
                .isEmpty();
    }

    @Test
    void theMemberAskedAcceptsOrDeclinesAndOnlyAnAdminApprovesWhatWasAccepted() {
        assertThat(DutyActions.forSwap("REQUESTED", "m-wang", WANG, DUTY))
                .containsExactlyInAnyOrder(SwapAction.ACCEPT, SwapAction.DECLINE);
        assertThat(DutyActions.forSwap("REQUESTED", "m-li", WANG, DUTY)).isEmpty();
        assertThat(DutyActions.forSwap("ACCEPTED", "m-wang", WANG, DUTY)).isEmpty();
        assertThat(DutyActions.forSwap("ACCEPTED", "m-li", Optional.empty(), Set.of(Roles.COMMUNITY_ADMIN)))
                .containsExactlyInAnyOrder(SwapAction.APPROVE, SwapAction.DECLINE);
        assertThat(DutyActions.forSwap("REQUESTED", "m-li", Optional.empty(), Set.of(Roles.COMMUNITY_ADMIN)))
                .containsExactly(SwapAction.DECLINE);
        assertThat(DutyActions.forSwap("APPROVED", "m-wang", WANG, Set.of(Roles.COMMUNITY_ADMIN)))
                .isEmpty();
    }

    @Test
    void theCurrentShiftIsTheOneCheckedInElseTheFirstThatMayBeCheckedInNow() {
        KeptShift afternoon = new KeptShift(
                "s2", "room-1", MORNING.date(), "PM", LocalTime.of(14, 30), LocalTime.of(17, 30), "m-wang", null, null);

        assertThat(DutyActions.current(List.of(MORNING, afternoon), beijing("09:00")))
                .map(KeptShift::id)
                .contains("s1");
        assertThat(DutyActions.current(List.of(MORNING, afternoon), beijing("13:00")))
                .isEmpty();
        assertThat(DutyActions.nextToday(List.of(MORNING, afternoon), beijing("13:00")))
                .map(KeptShift::id)
                .contains("s2");
        assertThat(DutyActions.current(List.of(MORNING, afternoon), beijing("13:45")))
                .map(KeptShift::id)
                .contains("s2");
    }
}
