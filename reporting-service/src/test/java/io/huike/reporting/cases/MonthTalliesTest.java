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

    @Test
    void anOpenCaseAddsOnlyItsFlows() {
        CaseFact open = fact("IN_PROGRESS", null);
        List<MonthTallies.Flow> flows =
                List.of(new MonthTallies.Flow("case.escalated.v1", Instant.parse("2026-06-02T02:00:00Z")));

        MonthTallies.Contribution contribution = MonthTallies.contributionOf(open, flows);

        assertThat(contribution.closedCases()).isEmpty();
        assertThat(contribution.flows())
                .containsEntry(
                        new MonthTallies.Key("gulou", LocalDate.of(2026, 6, 1), "*", "*"),
                        Map.of("case.escalated.v1", 1L))
                .hasSize(4);
    }

    @Test
    void closingACaseAddsItUnderItsCategoryItsChannelAndAll() {
        CaseFact handled = fact("FEEDBACK_GIVEN", "RESOLVED");
        CaseFact closed = fact("CLOSED", "RESOLVED");

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(handled, List.of()), MonthTallies.contributionOf(closed, List.of()));

        assertThat(change.closedCases())
                .containsOnlyKeys(
                        new MonthTallies.Key("gulou", MAY, "SANITATION", "PHONE"),
                        new MonthTallies.Key("gulou", MAY, "SANITATION", "*"),
                        new MonthTallies.Key("gulou", MAY, "*", "PHONE"),
                        ALL_OF_MAY);
        CaseContribution all = change.closedCases().get(ALL_OF_MAY);
        assertThat(all.closed()).isEqualTo(1);
        assertThat(all.resolved()).isEqualTo(1);
        assertThat(all.outcomes()).isEqualTo(Map.of("RESOLVED", 1L));
    }

    @Test
    void reopeningAClosedCaseTakesItBackOut() {
        CaseFact closed = fact("CLOSED", "RESOLVED");
        CaseFact reopened = fact("REOPENED", null);
        MonthTallies.Flow reopening = new MonthTallies.Flow("case.reopened.v1", Instant.parse("2026-05-20T02:00:00Z"));

        MonthTallies.Contribution change = MonthTallies.difference(
                MonthTallies.contributionOf(closed, List.of()),
                MonthTallies.contributionOf(reopened, List.of(reopening)));

        CaseContribution all = change.closedCases().get(ALL_OF_MAY);
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

        assertThat(change.closedCases()).isEmpty();
        assertThat(change.flows()).isEmpty();
    }

    @Test
    void aCaseIsCountedInTheMonthOfItsRegistrationInTheCommunitiesTimeZone() {
        CaseFact lateOnApril30 = fact("CLOSED", null);
        lateOnApril30.registeredAt = Instant.parse("2026-04-30T16:30:00Z");

        assertThat(MonthTallies.contributionOf(lateOnApril30, List.of()).closedCases())
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
