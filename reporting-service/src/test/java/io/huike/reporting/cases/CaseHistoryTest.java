package io.huike.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.kernel.calendar.OfficialCalendar;
import io.huike.kernel.calendar.WorkingDays;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fold of a case's events into its fact row, in plain Java. */
class CaseHistoryTest {

    private static final WorkingDays DAYS =
            OfficialCalendar.official().workingDays().provisionalBeyondCoverage();
    private static final UUID CASE = UUID.randomUUID();

    private static final CaseEvent.Registered REGISTERED = new CaseEvent.Registered(
            "GL-1",
            "PHONE",
            "GAS",
            "NORMAL",
            "燃气入户",
            "g1",
            at("2026-05-06T01:30:00Z"),
            at("2026-05-06T16:00:00Z"),
            at("2026-05-12T16:00:00Z"));

    @Test
    void aCaseWhoseRegistrationHasNotArrivedHasNoRow() {
        assertThat(fold(List.of(new CaseEvent.Assigned("m-wang", at("2026-05-06T02:00:00Z")))))
                .isNull();
    }

    @Test
    void theWholeLoopEndsClosedWithItsOutcomeSatisfactionAndWorkingDays() {
        CaseFact fact = fold(List.of(
                REGISTERED,
                new CaseEvent.Assigned("m-wang", at("2026-05-06T02:00:00Z")),
                new CaseEvent.HandlingStarted("m-wang", true, at("2026-05-06T03:00:00Z")),
                new CaseEvent.Resolved("RESOLVED", at("2026-05-11T08:00:00Z")),
                new CaseEvent.FeedbackGiven("SATISFIED", at("2026-05-12T03:00:00Z")),
                new CaseEvent.Closed("RESOLVED", at("2026-05-12T04:00:00Z"))));

        assertThat(fact.status).isEqualTo("CLOSED");
        assertThat(fact.assigneeId).isEqualTo("m-wang");
        assertThat(fact.outcome).isEqualTo("RESOLVED");
        assertThat(fact.satisfaction).isEqualTo("SATISFIED");
        assertThat(fact.firstContactOnTime()).isTrue();
        assertThat(fact.workingDaysToFirstContact).isZero();
        // 7, 8, 9 May (the Labour Day make-up Saturday), 11 and 12 May.
        assertThat(fact.workingDaysToFeedback).isEqualTo(5);
        assertThat(fact.overdue(at("2026-11-01T00:00:00Z"))).isFalse();
    }

    @Test
    void reopeningStartsANewCycleWithTheNewDeadlines() {
        CaseFact fact = fold(List.of(
                REGISTERED,
                new CaseEvent.HandlingStarted("m-wang", true, at("2026-05-06T03:00:00Z")),
                new CaseEvent.Resolved("PARTLY_RESOLVED", at("2026-05-11T08:00:00Z")),
                new CaseEvent.FeedbackGiven("UNSATISFIED", at("2026-05-12T03:00:00Z")),
                new CaseEvent.Reopened(
                        at("2026-05-13T02:00:00Z"), at("2026-05-13T16:00:00Z"), at("2026-05-20T16:00:00Z"))));

        assertThat(fact.status).isEqualTo("REOPENED");
        assertThat(fact.reopenCount).isEqualTo(1);
        assertThat(fact.outcome).isNull();
        assertThat(fact.satisfaction).isNull();
        assertThat(fact.firstContactAt).isNull();
        assertThat(fact.firstContactLate(at("2026-05-13T15:00:00Z"))).isFalse();
        assertThat(fact.firstContactLate(at("2026-05-13T17:00:00Z"))).isTrue();
    }

    @Test
    void anExtensionMovesTheDeadlineAndAnOverdueAnnouncementMarksIt() {
        CaseFact fact = fold(List.of(
                REGISTERED,
                new CaseEvent.Extended("FEEDBACK", at("2026-05-20T16:00:00Z")),
                new CaseEvent.Overdue("FIRST_CONTACT", at("2026-05-06T16:00:00Z"))));

        assertThat(fact.feedbackDueAt).isEqualTo(at("2026-05-20T16:00:00Z"));
        assertThat(fact.firstContactOverdue).isTrue();
        // Announced by the case service, so overdue even before this service's clock says so.
        assertThat(fact.overdue(at("2026-05-06T10:00:00Z"))).isTrue();
    }

    @Test
    void theFoldFollowsTheSequenceNotTheOrderOfArrival() {
        List<CaseEvent> inOrder = List.of(
                REGISTERED,
                new CaseEvent.Assigned("m-wang", at("2026-05-06T02:00:00Z")),
                new CaseEvent.Assigned("m-li", at("2026-05-06T02:30:00Z")),
                new CaseEvent.HandlingStarted("m-li", true, at("2026-05-06T03:00:00Z")),
                new CaseEvent.Referred(UUID.randomUUID(), "市政维修公司", null, at("2026-05-06T04:00:00Z")));

        CaseFact fact = fold(inOrder);

        assertThat(fact.assigneeId).isEqualTo("m-li");
        assertThat(fact.status).isEqualTo("REFERRED");
        assertThat(fact.lastSequence).isEqualTo(inOrder.size());
    }

    @Test
    void aWorkOrderReturnedToTheHotlineIsClosedWithThatOutcome() {
        CaseFact fact = fold(List.of(
                REGISTERED,
                new CaseEvent.HotlineOrderAcknowledged(at("2026-05-06T02:00:00Z"), at("2026-05-06T03:30:00Z")),
                new CaseEvent.ReturnedToHotline(at("2026-05-06T04:00:00Z"))));

        assertThat(fact.status).isEqualTo("CLOSED");
        assertThat(fact.isOpen()).isFalse();
        assertThat(fact.outcome).isEqualTo(CaseFact.RETURNED_TO_HOTLINE);
        assertThat(fact.closedAt).isEqualTo(at("2026-05-06T04:00:00Z"));
        assertThat(fact.hotlineAcknowledgedLate()).isFalse();
    }

    @Test
    void aRedoneWorkOrderMustBeSignedForAnew() {
        List<CaseEvent> events = new ArrayList<>(List.of(
                REGISTERED,
                new CaseEvent.HotlineOrderAcknowledged(at("2026-05-06T04:00:00Z"), at("2026-05-06T03:30:00Z")),
                new CaseEvent.Resolved("RESOLVED", at("2026-05-08T02:00:00Z")),
                new CaseEvent.FeedbackGiven("UNSATISFIED", at("2026-05-09T02:00:00Z")),
                new CaseEvent.Reopened(
                        at("2026-05-09T02:00:00Z"), at("2026-05-11T16:00:00Z"), at("2026-05-15T16:00:00Z"))));
        CaseFact awaiting = fold(events);

        assertThat(awaiting.hotlineAcknowledgedAt).isNull();
        assertThat(awaiting.hotlineAcknowledgedLate()).isFalse();

        events.add(new CaseEvent.HotlineOrderAcknowledged(at("2026-05-09T03:00:00Z"), at("2026-05-09T04:00:00Z")));
        CaseFact signedAgain = fold(events);

        assertThat(signedAgain.hotlineAcknowledgedAt).isEqualTo(at("2026-05-09T03:00:00Z"));
        assertThat(signedAgain.hotlineAcknowledgedLate()).isFalse();
        assertThat(signedAgain.reopenCount).isEqualTo(1);
    }

    private static CaseFact fold(List<CaseEvent> events) {
        return CaseHistory.fold(CASE, "gulou", new ArrayList<>(events), events.size(), DAYS)
                .orElse(null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
