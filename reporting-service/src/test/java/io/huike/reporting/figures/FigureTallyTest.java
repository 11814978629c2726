package io.huike.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.reporting.cases.CaseFact;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The figures' definitions as FigureTally adds cases, flows and visits up, in plain Java. */
class FigureTallyTest {

    private static final Instant NOW = Instant.parse("2026-05-20T00:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-05-10T00:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-05-30T00:00:00Z");

    @Test
    void anOverdueOpenCaseCountsAgainstTheResponseRate() {
        FigureTally tally = new FigureTally(NOW);
        tally.addCase(contacted(BEFORE.minusSeconds(60), BEFORE));
        tally.addCase(notContacted(BEFORE));
        tally.addCase(notContacted(AFTER));

        Figures figures = tally.figures();

        assertThat(figures.firstContactsDue()).isEqualTo(2);
        assertThat(figures.firstContactsOnTime()).isEqualTo(1);
        assertThat(figures.responseRate()).isEqualTo(0.5);
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.open()).isEqualTo(3);
    }

    @Test
    void aLateContactIsDueButNotOnTime() {
        FigureTally tally = new FigureTally(NOW);
        tally.addCase(contacted(BEFORE.plusSeconds(60), BEFORE));

        assertThat(tally.figures().responseRate()).isEqualTo(0.0);
    }

    @Test
    void theResolutionRateLeavesDuplicatesOutAndCountsCasesPastTheirFeedbackDeadlineAgainst() {
        FigureTally tally = new FigureTally(NOW);
        tally.addCase(withOutcome("RESOLVED"));
        tally.addCase(withOutcome("PARTLY_RESOLVED"));
        tally.addCase(withOutcome("DUPLICATE"));
        CaseFact late = notContacted(AFTER);
        late.feedbackDueAt = BEFORE;
        tally.addCase(late);
        tally.addCase(notContacted(AFTER));

        Figures figures = tally.figures();

        assertThat(figures.resolutionsDue()).isEqualTo(3);
        assertThat(figures.resolved()).isEqualTo(1);
        assertThat(figures.resolutionRate()).isEqualTo(0.3333);
        assertThat(figures.outcomes()).containsEntry("DUPLICATE", 1L).hasSize(3);
    }

    @Test
    void theSatisfactionRateCountsBasicallySatisfiedAsSatisfied() {
        FigureTally tally = new FigureTally(NOW);
        for (String said : new String[] {"SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"}) {
            CaseFact c = withOutcome("RESOLVED");
            c.satisfaction = said;
            tally.addCase(c);
        }

        assertThat(tally.figures().satisfactionRate()).isEqualTo(0.6667);
    }

    @Test
    void averagesAndRatesAreNullWhereNothingCounts() {
        Figures figures = new FigureTally(NOW).figures();

        assertThat(figures.responseRate()).isNull();
        assertThat(figures.resolutionRate()).isNull();
        assertThat(figures.satisfactionRate()).isNull();
        assertThat(figures.averageWorkingDaysToFirstContact()).isNull();
    }

    @Test
    void averageWorkingDaysAreTheMeanOfTheCasesThatGotThere() {
        FigureTally tally = new FigureTally(NOW);
        CaseFact one = contacted(BEFORE, AFTER);
        one.workingDaysToFirstContact = 0;
        CaseFact two = contacted(BEFORE, AFTER);
        two.workingDaysToFirstContact = 3;
        tally.addCase(one);
        tally.addCase(two);
        tally.addCase(notContacted(AFTER));

        assertThat(tally.figures().averageWorkingDaysToFirstContact()).isEqualTo(1.5);
    }

    @Test
    void flowsCountByTypeAndVisitsVanishWhenSplitByCategory() {
        FigureTally tally = new FigureTally(NOW);
        tally.addFlow("case.escalated.v1", 2);
        tally.addFlow("case.referred.v1", 1);
        tally.addFlow("case.assigned.v1", 7);
        tally.addVisits(2, 5);

        Figures figures = tally.figures();
        assertThat(figures.escalated()).isEqualTo(2);
        assertThat(figures.referralsOut()).isEqualTo(1);
        assertThat(figures.personsReceived()).isEqualTo(5);

        tally.casesOnly();
        assertThat(tally.figures().personsReceived()).isNull();
    }

    @Test
    void aWorkOrderReturnedToTheHotlineIsNeitherDueForFirstContactNorCountedTowardsTheResolutionRate() {
        FigureTally tally = new FigureTally(NOW);
        tally.addCase(withOutcome("RESOLVED"));
        CaseFact returned = withOutcome(CaseFact.RETURNED_TO_HOTLINE);
        returned.channel = CaseFact.HOTLINE_12345;
        tally.addCase(returned);

        Figures figures = tally.figures();

        assertThat(figures.closed()).isEqualTo(2);
        assertThat(figures.firstContactsDue()).isEqualTo(1);
        assertThat(figures.resolutionsDue()).isEqualTo(1);
        assertThat(figures.resolutionRate()).isEqualTo(1.0);
        assertThat(figures.hotline().returned()).isEqualTo(1);
        assertThat(figures.outcomes()).containsEntry(CaseFact.RETURNED_TO_HOTLINE, 1L);
    }

    @Test
    void theHotlinesResponseRateIsTheOrdersSignedForInTimeAmongThoseSignedFor() {
        FigureTally tally = new FigureTally(NOW);
        tally.addCase(workOrder(BEFORE, BEFORE.plusSeconds(60)));
        tally.addCase(workOrder(BEFORE, BEFORE));
        tally.addCase(workOrder(BEFORE.plusSeconds(1), BEFORE));
        CaseFact redone = workOrder(null, null);
        redone.reopenCount = 1;
        tally.addCase(redone);
        tally.addCase(contacted(BEFORE, AFTER));

        Figures.Hotline hotline = tally.figures().hotline();

        assertThat(hotline.dispatched()).isEqualTo(4);
        assertThat(hotline.signedFor()).isEqualTo(3);
        assertThat(hotline.signedForOnTime()).isEqualTo(2);
        assertThat(hotline.signedForLate()).isEqualTo(1);
        assertThat(hotline.awaitingSignature()).isEqualTo(1);
        assertThat(hotline.redone()).isEqualTo(1);
        assertThat(hotline.returned()).isZero();
        assertThat(hotline.responseRate()).isEqualTo(0.6667);
    }

    @Test
    void aClosedWorkOrderNeverSignedForDoesNotAwaitSignature() {
        FigureTally tally = new FigureTally(NOW);
        CaseFact closed = workOrder(null, null);
        closed.status = "CLOSED";
        tally.addCase(closed);

        Figures.Hotline hotline = tally.figures().hotline();

        assertThat(hotline.dispatched()).isEqualTo(1);
        assertThat(hotline.awaitingSignature()).isZero();
        assertThat(hotline.responseRate()).isNull();
    }

    /** An open 12345 work order, signed for at {@code signedAt} (null: not yet) with the hotline's limit. */
    private static CaseFact workOrder(Instant signedAt, Instant limit) {
        CaseFact c = contacted(BEFORE, AFTER);
        c.channel = CaseFact.HOTLINE_12345;
        c.hotlineAcknowledgedAt = signedAt;
        c.hotlineAcknowledgeDueAt = limit;
        return c;
    }

    private static CaseFact notContacted(Instant firstContactDue) {
        CaseFact c = new CaseFact();
        c.status = "ASSIGNED";
        c.firstContactDueAt = firstContactDue;
        c.feedbackDueAt = AFTER;
        return c;
    }

    private static CaseFact contacted(Instant at, Instant due) {
        CaseFact c = notContacted(due);
        c.status = "IN_PROGRESS";
        c.firstContactAt = at;
        return c;
    }

    private static CaseFact withOutcome(String outcome) {
        CaseFact c = contacted(BEFORE, BEFORE);
        c.status = "CLOSED";
        c.outcome = outcome;
        return c;
    }
}
