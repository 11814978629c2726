package io.huike.workbench.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.admin.client.MemberRequest;
import io.huike.workbench.admin.client.RoomRequest;
import io.huike.workbench.roster.Fault;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The administration forms are checked by the services' rules before anything is sent. */
class ChecksTest {

    static MemberForm member(String name, String phone, String kind, String... skills) {
        MemberForm form = new MemberForm();
        form.name = name;
        form.phone = phone;
        form.kind = kind;
        form.skills = List.of(skills);
        form.active = "on";
        return form;
    }

    @Test
    void aMemberWithNamePhoneAndKindIsSentWithTheSkillsTicked() {
        Checks.Checked<MemberRequest> checked =
                Checks.member(member(" 王建国 ", "138 1234 5678", "COMMUNITY_STAFF", "MEDIATION", "POLICY", "MEDIATION"));

        assertThat(checked.faults()).isEmpty();
        MemberRequest request = checked.request().orElseThrow();
        assertThat(request.name()).isEqualTo("王建国");
        assertThat(request.skills()).containsExactly("MEDIATION", "POLICY");
        assertThat(request.active()).isTrue();
        assertThat(request.partyMember()).isFalse();
    }

    @Test
    void aMemberFormWithoutNameWithABadPhoneOrAnUnknownKindIsNotSent() {
        Checks.Checked<MemberRequest> checked = Checks.member(member("", "call me", "CHAIRMAN", "SINGING"));

        assertThat(checked.request()).isEmpty();
        assertThat(checked.faults())
                .containsEntry("name", Fault.REQUIRED)
                .containsEntry("phone", Fault.PHONE_FORMAT)
                .containsEntry("kind", Fault.NOT_OFFERED)
                .containsEntry("skills", Fault.NOT_OFFERED);
    }

    @Test
    void anUntickedActiveBoxDeactivatesTheMember() {
        MemberForm form = member("李秀英", "13900001111", "IN_SERVICE_MEMBER");
        form.active = null;

        assertThat(Checks.member(form).request().orElseThrow().active()).isFalse();
    }

    @Test
    void leaveEndsOnOrAfterItsFirstDay() {
        assertThat(Checks.leave("2026-05-11", "2026-05-15", "外出培训").faults()).isEmpty();
        assertThat(Checks.leave("2026-05-15", "2026-05-11", "").faults()).containsEntry("lastDay", Fault.ORDER);
        assertThat(Checks.leave("", "May 15", "").faults())
                .containsEntry("firstDay", Fault.REQUIRED)
                .containsEntry("lastDay", Fault.UNREADABLE);
    }

    @Test
    void aRoomNeedsANameAndAtLeastOneWholeShiftWhoseCodeIsTakenInCapitals() {
        RoomForm form = new RoomForm();
        form.name = "党员会客室";
        form.shiftCode = List.of("am", "", "", "");
        form.shiftName = List.of("上午", "", "", "");
        form.shiftStartsAt = List.of("08:30", "", "", "");
        form.shiftEndsAt = List.of("12:00", "", "", "");

        Checks.Checked<RoomRequest> checked = Checks.room(form);

        assertThat(checked.faults()).isEmpty();
        assertThat(checked.request().orElseThrow().shifts())
                .containsExactly(new RoomRequest.Shift("AM", "上午", LocalTime.of(8, 30), LocalTime.of(12, 0)));
    }

    @Test
    void aShiftRowHalfFilledOrEndingBeforeItStartsIsShownUnderItsRow() {
        RoomForm form = new RoomForm();
        form.name = "党员会客室";
        form.shiftCode = List.of("AM", "P M", "", "");
        form.shiftName = List.of("上午", "下午", "", "");
        form.shiftStartsAt = List.of("08:30", "17:30", "", "");
        form.shiftEndsAt = List.of("12:00", "14:30", "", "09:00");

        assertThat(Checks.room(form).faults())
                .containsEntry("shift-1-code", Fault.CODE_FORMAT)
                .containsEntry("shift-1-endsAt", Fault.ORDER)
                .containsEntry("shift-3-code", Fault.REQUIRED)
                .containsEntry("shift-3-startsAt", Fault.REQUIRED)
                .doesNotContainKey("shift-2-code");
        RoomForm empty = new RoomForm();
        empty.name = "党员会客室";
        assertThat(Checks.room(empty).faults()).containsEntry("shift-0-code", Fault.REQUIRED);
    }

    @Test
    void roomServicesFieldsOfTheSentShiftsLandOnTheirRowsOfTheForm() {
        assertThat(RoomsAdminResource.fieldOf("shifts[1].startsAt", List.of(0, 2)))
                .isEqualTo("shift-2-startsAt");
        assertThat(RoomsAdminResource.fieldOf("name", List.of(0))).isEqualTo("name");
    }

    @Test
    void deadlinesAreHoursOrWorkingDaysWithinTheServicesLimits() {
        assertThat(Checks.deadline(" 24H ")).isEqualTo("24h");
        assertThat(Checks.deadline("5 wd")).isEqualTo("5wd");
        assertThat(List.of("1h", "240h", "1wd", "30wd")).allMatch(Checks::deadlineValid);
        assertThat(List.of("0h", "241h", "31wd", "05wd", "2d", "")).noneMatch(Checks::deadlineValid);
    }

    @Test
    void thePaperLogReachesBackOneTo366Days() {
        assertThat(Checks.paperLogDays("30").request()).contains(30);
        assertThat(Checks.paperLogDays("0").faults()).containsEntry("paperLogMaxAgeDays", Fault.RANGE);
        assertThat(Checks.paperLogDays("367").faults()).containsEntry("paperLogMaxAgeDays", Fault.RANGE);
        assertThat(Checks.paperLogDays("thirty").faults()).containsEntry("paperLogMaxAgeDays", Fault.UNREADABLE);
        assertThat(Checks.paperLogDays("").faults()).containsEntry("paperLogMaxAgeDays", Fault.REQUIRED);
    }
}
