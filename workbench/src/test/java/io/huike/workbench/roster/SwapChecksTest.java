package io.huike.workbench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A swap request is checked before it is sent. */
class SwapChecksTest {

    static final Optional<Set<String>> MEMBERS = Optional.of(Set.of("m-li", "m-zhang"));
    static final Map<String, String> OWNERS = Map.of("s7", "m-li", "s8", "m-zhang");

    @Test
    void aRequestToAnActiveMemberForOneOfTheirShiftsMayBeSent() {
        assertThat(SwapChecks.check("m-li", "s7", "家长会", MEMBERS, OWNERS)).isEmpty();
        assertThat(SwapChecks.check("m-li", "", "", MEMBERS, OWNERS)).isEmpty();
    }

    @Test
    void someoneMustBeAskedAndBeAnActiveMember() {
        assertThat(SwapChecks.check(" ", null, null, MEMBERS, OWNERS)).containsEntry("toMemberId", Fault.REQUIRED);
        assertThat(SwapChecks.check("m-gone", null, null, MEMBERS, OWNERS))
                .containsEntry("toMemberId", Fault.NOT_OFFERED);
        assertThat(SwapChecks.check("m-gone", null, null, Optional.empty(), OWNERS))
                .isEmpty();
    }

    @Test
    void theShiftOfferedInExchangeMustBeTheAskedMembersAndTheNoteShort() {
        assertThat(SwapChecks.check("m-li", "s8", null, MEMBERS, OWNERS))
                .containsEntry("counterShiftId", Fault.COUNTER_NOT_THEIRS);
        assertThat(SwapChecks.check("m-li", null, "很".repeat(201), MEMBERS, OWNERS))
                .containsEntry("note", Fault.TOO_LONG);
    }
}
