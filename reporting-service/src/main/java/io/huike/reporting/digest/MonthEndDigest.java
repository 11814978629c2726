package io.huike.reporting.digest;

import io.huike.reporting.figures.Figures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the month-end committee meeting (月末会议) of one community must see. Lists are as the cases stand at
 * {@code asOf}: the month's end, or now while the month runs.
 *
 * @param figures the month's figures, defined as in GET /figures
 * @param open cases registered up to the month's end and not closed
 * @param overdue those of them with a deadline passed unmet at {@code asOf}
 * @param escalated cases put on this month's meeting agenda, with the meeting's decision once given
 * @param referralsWaiting referrals to outside bodies not answered yet
 * @param hottestCategories categories with the most cases registered in the month, most first (up to five)
 * @param hottestGrids grids with the most cases registered in the month, most first (up to five)
 * @param dueNextMonth open cases with a deadline still running that falls in the next month
 */
public record MonthEndDigest(
        String communityId,
        String communityName,
        String month,
        Instant asOf,
        Figures figures,
        List<CaseLine> open,
        List<CaseLine> overdue,
        List<Escalation> escalated,
        List<WaitingReferral> referralsWaiting,
        List<Count> hottestCategories,
        List<Count> hottestGrids,
        List<CaseLine> dueNextMonth) {

    /** One case as the meeting sees it. */
    public record CaseLine(
            String trackingNumber,
            String title,
            String category,
            String status,
            String assigneeId,
            Instant registeredAt,
            Instant firstContactDueAt,
            Instant feedbackDueAt) {}

    /** A case on the month's agenda (提交会议研究). */
    public record Escalation(
            String trackingNumber, String title, String reason, Instant escalatedAt, String decision) {}

    /** A referral (转办) whose reply is awaited. */
    public record WaitingReferral(
            String trackingNumber, String title, String body, Instant referredAt, LocalDate expectedReplyBy) {}

    /** A category or grid, and how many cases were registered under it in the month. */
    public record Count(String key, long cases) {}
}
