package io.huike.workbench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.layout.Language;
import io.huike.workbench.roster.client.RoomView;
import io.huike.workbench.roster.client.RosterMonth;
import io.huike.workbench.roster.client.ShiftView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The month grid: a row per day, a column per shift of the day, the member or the gap in each cell. */
class MonthGridTest {

    static final YearMonth MAY = YearMonth.of(2026, 5);
    static final List<RoomView.Shift> AM_PM = List.of(
            new RoomView.Shift("AM", "上午", LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new RoomView.Shift("PM", "下午", LocalTime.of(14, 30), LocalTime.of(17, 30)));

    static ShiftView shift(String id, String day, String code, String member, String name) {
        LocalTime start = code.equals("AM") ? LocalTime.of(8, 30) : LocalTime.of(14, 30);
        return new ShiftView(id, "room-1", LocalDate.parse(day), code, start, start.plusHours(3), member, name);
    }

    static MonthGrid grid(RosterMonth roster, Map<LocalDate, String> closures) {
        return MonthGrid.of(
                MAY, AM_PM, roster, closures, Map.of(), Optional.of("m-wang"), LocalDate.of(2026, 5, 6), Language.ZH);
    }

    @Test
    void everyDayOfTheMonthIsARowWithACellPerShiftOfTheDay() {
        MonthGrid grid = grid(new RosterMonth("r", "room-1", "2026-05", null, List.of(), List.of()), Map.of());

        assertThat(grid.days()).hasSize(31);
        assertThat(grid.columns()).extracting(MonthGrid.Column::name).containsExactly("上午", "下午");
        assertThat(grid.days()).allSatisfy(d -> assertThat(d.cells()).hasSize(2));
        assertThat(grid.width()).isEqualTo(3);
    }

    @Test
    void eachCellNamesTheMemberOnDutyAndMarksTheSignedInMembersOwn() {
        RosterMonth roster = new RosterMonth(
                "r",
                "room-1",
                "2026-05",
                null,
                List.of(
                        shift("s1", "2026-05-06", "AM", "m-wang", "王建国"),
                        shift("s2", "2026-05-06", "PM", "m-li", null)),
                List.of());

        MonthGrid grid = MonthGrid.of(
                MAY,
                AM_PM,
                roster,
                Map.of(),
                Map.of("m-li", "李秀英"),
                Optional.of("m-wang"),
                LocalDate.of(2026, 5, 6),
                Language.ZH);
        MonthGrid.Day sixth = grid.days().get(5);

        assertThat(sixth.label()).isEqualTo("5月6日 周三");
        assertThat(sixth.today()).isTrue();
        assertThat(sixth.receptionDay()).isTrue();
        assertThat(sixth.cells().get(0))
                .extracting(MonthGrid.Cell::memberName, MonthGrid.Cell::mine, MonthGrid.Cell::shiftId)
                .containsExactly("王建国", true, "s1");
        assertThat(sixth.cells().get(1))
                .extracting(MonthGrid.Cell::memberName, MonthGrid.Cell::mine)
                .containsExactly("李秀英", false);
        assertThat(sixth.mine()).isTrue();
    }

    @Test
    void aShiftNobodyCoversIsAGapAndADayWithoutAnythingIsNoReceptionDay() {
        RosterMonth roster = new RosterMonth(
                "r",
                "room-1",
                "2026-05",
                null,
                List.of(shift("s1", "2026-05-08", "AM", "m-li", "李秀英")),
                List.of(
                        new RosterMonth.Gap(LocalDate.of(2026, 5, 8), "PM", "NO_MEMBER_AVAILABLE"),
                        new RosterMonth.Gap(LocalDate.of(2026, 5, 11), null, "NO_DAILY_SKILL_AVAILABLE")));

        MonthGrid grid = grid(roster, Map.of(LocalDate.of(2026, 5, 1), "劳动节"));

        MonthGrid.Day eighth = grid.days().get(7);
        assertThat(eighth.cells().get(1).gap()).isTrue();
        assertThat(eighth.cells().get(1).gapReason()).isEqualTo("NO_MEMBER_AVAILABLE");
        assertThat(grid.gapCount()).isEqualTo(1);
        MonthGrid.Day eleventh = grid.days().get(10);
        assertThat(eleventh.dayGap()).isEqualTo("NO_DAILY_SKILL_AVAILABLE");
        assertThat(eleventh.receptionDay()).isTrue();
        MonthGrid.Day ninth = grid.days().get(8);
        assertThat(ninth.receptionDay()).isFalse();
        assertThat(ninth.weekend()).isTrue();
        assertThat(ninth.rowClass()).isEqualTo("weekend off");
        assertThat(eighth.rowClass()).isEmpty();
        assertThat(grid.days().get(0).closure()).isEqualTo("劳动节");
    }

    @Test
    void aShiftCodeTheRoomNoLongerHasStillGetsAColumnInTheOrderOfTheDay() {
        RosterMonth roster = new RosterMonth(
                "r",
                "room-1",
                "2026-05",
                null,
                List.of(new ShiftView(
                        "s9",
                        "room-1",
                        LocalDate.of(2026, 5, 6),
                        "EVE",
                        LocalTime.of(18, 0),
                        LocalTime.of(20, 0),
                        "m-li",
                        "李秀英")),
                List.of());

        MonthGrid grid = grid(roster, Map.of());

        assertThat(grid.columns()).extracting(MonthGrid.Column::code).containsExactly("AM", "PM", "EVE");
        assertThat(grid.days().get(5).cells().get(2).memberName()).isEqualTo("李秀英");
    }

    @Test
    void daysAreWrittenTheEnglishWayInEnglish() {
        assertThat(MonthGrid.label(LocalDate.of(2026, 5, 6), Language.EN)).isEqualTo("Wed 6 May");
    }
}
