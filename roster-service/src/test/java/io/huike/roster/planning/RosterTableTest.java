package io.huike.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.roster.planning.export.RosterCsv;
import io.huike.roster.rooms.ShiftTemplate;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.Roster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RosterTableTest {

    private static final ShiftTemplate MORNING =
            new ShiftTemplate("AM", "上午", LocalTime.of(8, 30), LocalTime.of(12, 0));
    private static final ShiftTemplate AFTERNOON =
            new ShiftTemplate("PM", "下午", LocalTime.of(14, 30), LocalTime.of(17, 30));
    private static final UUID WANG = new UUID(0, 1);

    private final Roster may = Roster.generated(
            "gulou", UUID.randomUUID(), YearMonth.of(2026, 5), "admin", Instant.parse("2026-04-25T02:00:00Z"));

    @Test
    void eachReceptionDayIsARowWithTheMemberOnDutyPerShiftAndGapsMarked() {
        LocalDate saturday = LocalDate.of(2026, 5, 9);
        RosterTable table = RosterTable.of(
                "鼓楼社区党员会客室 2026年5月值班表",
                List.of(MORNING, AFTERNOON),
                List.of(DutyShift.schedule(may, saturday, MORNING, WANG)),
                List.of(new Gap(saturday, "PM", GapReason.NO_MEMBER_AVAILABLE)),
                Map.of(WANG, "王建国"));

        assertThat(table.header()).containsExactly("日期", "星期", "上午 08:30–12:00", "下午 14:30–17:30");
        assertThat(table.rows()).containsExactly(List.of("2026-05-09", "周六", "王建国", "（空缺）"));
    }

    @Test
    void theCsvStartsWithAByteOrderMarkQuotesSeparatorsAndDisarmsFormulas() {
        RosterTable table = new RosterTable(
                "t",
                List.of("日期", "备注"),
                List.of(List.of("2026-05-06", "王, \"老王\""), List.of("2026-05-07", "=HYPERLINK(\"x\")")));

        assertThat(RosterCsv.render(table))
                .isEqualTo("\uFEFF日期,备注\r\n"
                        + "2026-05-06,\"王, \"\"老王\"\"\"\r\n"
                        + "2026-05-07,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
