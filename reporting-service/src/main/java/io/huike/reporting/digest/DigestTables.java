package io.huike.reporting.digest;

import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.figures.Figures;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The digest laid out as titled tables of text, the one layout both the printable page and the workbook render. */
public final class DigestTables {

    /** One section: a title, column headings and rows of cells. */
    public record Table(String title, List<String> headings, List<List<String>> rows) {}

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CaseFact.ZONE);
    private static final List<String> CASE_HEADINGS = List.of(
            "编号 No.",
            "事项 Title",
            "类别 Category",
            "状态 Status",
            "承办人 Handler",
            "登记 Registered",
            "首次联系期限 First contact due",
            "反馈期限 Feedback due");

    private DigestTables() {}

    public static String title(MonthEndDigest d) {
        return d.communityName() + " " + d.month() + " 月末会议议题 Month-end digest";
    }

    public static List<Table> of(MonthEndDigest d) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("本月概况 The month in figures", List.of("指标 Figure", "数值 Value"), summary(d.figures())));
        tables.add(cases("未结事项 Open cases", d.open()));
        tables.add(cases("逾期事项 Overdue cases", d.overdue()));
        tables.add(new Table(
                "提交两委研究 On the committees' agenda",
                List.of("编号 No.", "事项 Title", "理由 Reason", "提交时间 Escalated", "会议决定 Decision"),
                d.escalated().stream()
                        .map(e -> List.of(
                                text(e.trackingNumber()),
                                text(e.title()),
                                text(e.reason()),
                                time(e.escalatedAt()),
                                text(e.decision())))
                        .toList()));
        tables.add(new Table(
                "转办待复 Referrals awaiting a reply",
                List.of("编号 No.", "事项 Title", "承办单位 Body", "转办时间 Referred", "预计答复 Reply expected"),
                d.referralsWaiting().stream()
                        .map(r -> List.of(
                                text(r.trackingNumber()),
                                text(r.title()),
                                text(r.body()),
                                time(r.referredAt()),
                                text(r.expectedReplyBy())))
                        .toList()));
        tables.add(counts("热点类别 Hottest categories", "类别 Category", d.hottestCategories()));
        tables.add(counts("热点网格 Hottest grids", "网格 Grid", d.hottestGrids()));
        tables.add(cases("下月到期 Falling due next month", d.dueNextMonth()));
        return tables;
    }

    private static List<List<String>> summary(Figures f) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("登记事项 Registered", text(f.registered())));
        rows.add(List.of("未结 Open", text(f.open())));
        rows.add(List.of("已办结 Closed", text(f.closed())));
        rows.add(List.of("逾期 Overdue", text(f.overdue())));
        rows.add(List.of("接待人次 Persons received", text(f.personsReceived())));
        rows.add(List.of("提交两委 Forwarded to the committees", text(f.escalated())));
        rows.add(List.of("转办 Referred out", text(f.referralsOut())));
        rows.add(List.of("转办答复 Referrals answered", text(f.referralsAnswered())));
        rows.add(List.of("重新办理 Reopened", text(f.reopened())));
        rows.add(List.of("响应率 Response rate", percent(f.responseRate())));
        rows.add(List.of("解决率 Resolution rate", percent(f.resolutionRate())));
        rows.add(List.of("满意率 Satisfaction rate", percent(f.satisfactionRate())));
        rows.add(List.of("平均首次联系工作日 Avg. working days to first contact", text(f.averageWorkingDaysToFirstContact())));
        rows.add(List.of("平均反馈工作日 Avg. working days to feedback", text(f.averageWorkingDaysToFeedback())));
        rows.add(List.of("值班履职率 Duty shifts kept", percent(f.dutyKeptRate())));
        rows.add(List.of("志愿者（累计登记）Volunteers registered", text(f.volunteersRegistered())));
        rows.add(List.of("参与服务志愿者 Volunteers active", text(f.volunteersActive())));
        rows.add(List.of("志愿服务活动 Volunteer activities", text(f.volunteerActivities())));
        rows.add(List.of("志愿服务时长（小时）Volunteer hours", text(f.volunteerHours())));
        return rows;
    }

    private static Table cases(String title, List<MonthEndDigest.CaseLine> lines) {
        return new Table(
                title,
                CASE_HEADINGS,
                lines.stream()
                        .map(c -> List.of(
                                text(c.trackingNumber()),
                                text(c.title()),
                                text(c.category()),
                                text(c.status()),
                                text(c.assigneeId()),
                                time(c.registeredAt()),
                                time(c.firstContactDueAt()),
                                time(c.feedbackDueAt())))
                        .toList());
    }

    private static Table counts(String title, String heading, List<MonthEndDigest.Count> counts) {
        return new Table(
                title,
                List.of(heading, "事项数 Cases"),
                counts.stream().map(c -> List.of(c.key(), text(c.cases()))).toList());
    }

    private static String text(Object value) {
        return Objects.toString(value, "—");
    }

    private static String time(Instant value) {
        return value == null ? "—" : MINUTE.format(value);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate * 100);
    }
}
