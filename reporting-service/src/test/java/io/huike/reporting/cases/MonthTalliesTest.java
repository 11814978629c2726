package io.huike.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a case adds to the month tallies as it changes, in plain Java. */
class MonthTalliesTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final MonthTallies.Key ALL_OF_MAY = new MonthTallies.Key("gulou", MAY, "*", "*");
    private static final MonthTallies.Key MAY_SANITATION_PHONE =
            new MonthTallies.Key("gulou", MAY, "SANITATION", "PHONE");

    @Test
    void anOpenCaseAddsItselfAsOpenAndItsFlowsByTheMonthTheyHappened() {
        CaseFact open = fact("IN_PROGRESS", null);
        List<MonthTallies.Flow> flows =
                List.of(new MonthTallies.Flow("case.escalated.v1", Instant.parse("2026-06-02T02:00:00Z")));

        MonthTallies.Contribution contribution = MonthTallies.contributionOf(open, flows);

        assertThat(contribution.cases()).hasSize(4);
        assertThat(contribution.cases().get(ALL_OF_MAY).open()).isEqualTo(1);
        assertThat(contribution.cases().get(ALL_OF_MAY).closed()).isZero();
        assertThat(contribution.flows())
                .containsEntry(
                        new MonthTallies.Key("gulou", LocalDate.of(2026, 6, 1), "*", "*"),
                        Map.of("case.escalated.v1", 1L))
                .hasSize(4);
    }

    @Test
    void anOpenCaseAddsAtEachDeadlineWhatChangesWhenItPasses() {
        CaseFact waiting = fact("REGISTERED", null);
        Instant contactDue = Instant.parse("2026-05-11T16:00:00Z");
        Instant feedbackDue = Instant.parse("2026-05-25T16:00:00Z");
        waiting.firstContactDueAt = contactDue;
        waiting.feedbackDueAt = feedbackDue;

        MonthTallies.Contribution contribution = MonthTallies.contributionOf(waiting, List.of());

        CaseContribution before = contribution.cases().get(ALL_OF_MAY);
        assertThat(before.overdue()).isZero();
        assertThat(before.firstContactsDue()).isZero();
        CaseContribution atContact =
                contribution.atDeadlines().get(new MonthTallies.DeadlineKey(MAY_SANITATION_PHONE, contactDue));
        assertThat(atContact.overdue()).isEqualTo(1);
        assertThat(atContact.firstContactsDue()).isEqualTo(1);
        assertThat(atContact.resolutionsDue()).isZero();
        CaseContribution atFeedback =
                contribution.atDeadlines().get(new MonthTallies.DeadlineKey(MAY_SANITATION_PHONE, feedbackDue));
        // Already overdue since the first deadline: only the resolution falls due.
        assertThat(atFeedback.overdue()).isZero();
        assertThat(atFeedback.resolutionsDue()).isEqualTo(1);
        // Under the case's own category and channel only: queries add them up for "all".
        assertThat(contribution.atDeadlines()).hasSize(2);
    }

    @Test
    void aDeadlineAnnouncedAsMissedMovesFromItsMomentToTheCaseCounts() {
        CaseFact waiting = fact("REGISTERED", null);
        waiting.firstContactDueAt = Instant.parse("2026-05-11T16:00:00Z");
        CaseFact announced = fact("REGISTERED", null);
        announced.firstContactDueAt = waiting.firstContactDueAt;
        announced.firstContactOverdue = true;

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(waiting, List.of()), MonthTallies.contributionOf(announced, List.of()));

        assertThat(change.cases().get(ALL_OF_MAY).overdue()).isEqualTo(1);
        assertThat(change.atDeadlines()
                        .get(new MonthTallies.DeadlineKey(MAY_SANITATION_PHONE, waiting.firstContactDueAt))
                        .overdue())
                .isEqualTo(-1);
    }

    @Test
    void aClosedCaseAddsNothingAtItsDeadlines() {
        CaseFact closed = fact("CLOSED", "RESOLVED");
        closed.firstContactDueAt = Instant.parse("2026-05-11T16:00:00Z");
        closed.firstContactAt = Instant.parse("2026-05-10T03:00:00Z");
        closed.feedbackDueAt = Instant.parse("2026-05-25T16:00:00Z");

        assertThat(MonthTallies.contributionOf(closed, List.of()).atDeadlines()).isEmpty();
    }

    @Test
    void closingACaseMovesItFromOpenToClosedUnderItsCategoryItsChannelAndAll() {
        CaseFact handled = fact("FEEDBACK_GIVEN", "RESOLVED");
        CaseFact closed = fact("CLOSED", "RESOLVED");

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(handled, List.of()), MonthTallies.contributionOf(closed, List.of()));

        assertThat(change.cases())
                .containsOnlyKeys(
                        new MonthTallies.Key("gulou", MAY, "SANITATION", "PHONE"),
                        new MonthTallies.Key("gulou", MAY, "SANITATION", "*"),
                        new MonthTallies.Key("gulou", MAY, "*", "PHONE"),
                        ALL_OF_MAY);
        CaseContribution all = change.cases().get(ALL_OF_MAY);
        assertThat(all.closed()).isEqualTo(1);
        assertThat(all.open()).isEqualTo(-1);
        // Resolved before it was closed: that count does not change.
        assertThat(all.resolved()).isZero();
        assertThat(all.outcomes()).isEmpty();
    }

    @Test
    void reopeningAClosedCaseTakesItBackOut() {
        CaseFact closed = fact("CLOSED", "RESOLVED");
        CaseFact reopened = fact("REOPENED", null);
        MonthTallies.Flow reopening = new MonthTallies.Flow("case.reopened.v1", Instant.parse("2026-05-20T02:00:00Z"));

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(closed, List.of()),
                MonthTallies.contributionOf(reopened, List.of(reopening)));

        CaseContribution all = change.cases().get(ALL_OF_MAY);
        assertThat(all.closed()).isEqualTo(-1);
        assertThat(all.outcomes()).isEqualTo(Map.of("RESOLVED", -1L));
        assertThat(change.flows().get(ALL_OF_MAY)).isEqualTo(Map.of("case.reopened.v1", 1L));
    }

    @Test
    void aChangeThatLeavesTheFiguresAloneAddsNothing() {
        CaseFact closed = fact("CLOSED", "RESOLVED");

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(closed, List.of()),
                MonthTallies.contributionOf(fact("CLOSED", "RESOLVED"), List.of()));

        assertThat(change.cases()).isEmpty();
        assertThat(change.flows()).isEmpty();
    }

    @Test
    void aCaseIsCountedInTheMonthOfItsRegistrationInTheCommunitiesTimeZone() {
        CaseFact lateOnApril30 = fact("CLOSED", null);
        lateOnApril30.registeredAt = Instant.parse("2026-04-30T16:30:00Z");

        assertThat(MonthTallies.contributionOf(lateOnApril30, List.of()).cases())
                .containsKey(ALL_OF_MAY);
    }

    private static CaseFact fact(String status, String outcome) {
        CaseFact fact = new CaseFact();
        fact.caseId = UUID.randomUUID();
        fact.communityId = "gulou";
        fact.category = "SANITATION";
        fact.channel = "PHONE";
        fact.status = status;
        fact.outcome = outcome;
        fact.registeredAt = Instant.parse("2026-05-10T02:00:00Z");
        return fact;
    }
}
