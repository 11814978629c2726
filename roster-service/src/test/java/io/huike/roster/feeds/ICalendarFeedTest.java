package io.huike.roster.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.roster.rooms.ShiftTemplate;
import io.huike.roster.shifts.DutyShift;
import io.huike.roster.shifts.Roster;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ICalendarFeedTest {

    private final Roster may = Roster.generated(
            "gulou", UUID.randomUUID(), YearMonth.of(2026, 5), "admin", Instant.parse("2026-04-25T02:00:00Z"));
    private final DutyShift morning = DutyShift.schedule(
            may,
            LocalDate.of(2026, 5, 6),
            new ShiftTemplate("AM", "上午", LocalTime.of(8, 30), LocalTime.of(12, 0)),
            UUID.randomUUID());

    @Test
    void eachShiftIsAnEventInShanghaiLocalTimeWithItsIdAsUid() {
        String feed = render("社区服务中心一楼");

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(unfolded(feed))
                .contains(
                        "UID:" + morning.id() + "@huike\r\n",
                        "DTSTART;TZID=Asia/Shanghai:20260506T083000\r\n",
                        "DTEND;TZID=Asia/Shanghai:20260506T120000\r\n",
                        "SUMMARY:值班：党员会客室 上午\r\n",
                        "DTSTAMP:20260501T000000Z\r\n",
                        "TZOFFSETTO:+0800\r\n");
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithinSeventyFiveOctetsWithoutSplittingACharacter() {
        String location = "老城街道鼓楼社区服务中心一楼东侧，党员会客室；进门左转（靠近便民服务窗口）旁边的第二个房间";

        String feed = render(location);

        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(unfolded(feed)).contains("LOCATION:" + location + "\r\n");
        assertThat(ICalendarFeed.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    private String render(String location) {
        return ICalendarFeed.render(
                "王建国 的值班",
                List.of(new ICalendarFeed.Entry(morning, "党员会客室", "上午", location)),
                Instant.parse("2026-05-01T00:00:00Z"));
    }

    private static String unfolded(String feed) {
        return feed.replace("\r\n ", "");
    }
}
