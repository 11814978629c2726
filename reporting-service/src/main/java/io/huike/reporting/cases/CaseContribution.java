package io.huike.reporting.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongBinaryOperator;

/**
 * What cases add to the figures, as counts: one case judged at a moment ({@link #of}), or many added up. The rules
 * that decide whether a case counts as overdue, due, on time or resolved live here and nowhere else; the figures'
 * definitions are written out on {@code FigureTally}. A closed case's counts no longer depend on the moment, which is
 * what lets {@link MonthTallies} add them up ahead of time. Built through {@link #builder()}, which names each count
 * it sets.
 */
public record CaseContribution(
        long registered,
        long open,
        long closed,
        long overdue,
        Map<String, Long> outcomes,
        long firstContactsDue,
        long firstContactsOnTime,
        long resolutionsDue,
        long resolved,
        long feedbackGiven,
        long satisfied,
        long daysToFirstContact,
        long firstContactsTimed,
        long daysToFeedback,
        long feedbacksTimed,
        long hotlineOrders,
        long hotlineSignedOnTime,
        long hotlineSignedLate,
        long hotlineAwaitingSignature,
        long hotlineRedone) {

    public static final CaseContribution NONE = builder().build();

    /**
     * Outcomes of cases that were never this community's to resolve — a duplicate, a work order returned to the
     * hotline —, left out of the resolution rate.
     */
    public static final Set<String> NOT_TO_RESOLVE = Set.of("DUPLICATE", CaseFact.RETURNED_TO_HOTLINE);

    /** Outcomes of cases that were never this community's to contact: a work order returned to the hotline. */
    public static final Set<String> NOT_TO_CONTACT = Set.of(CaseFact.RETURNED_TO_HOTLINE);

    public CaseContribution {
        outcomes = Map.copyOf(outcomes);
    }

    /** One case, with its deadlines judged at {@code now}. */
    public static CaseContribution of(CaseFact c, Instant now) {
        boolean firstContactDue =
                !among(c.outcome, NOT_TO_CONTACT) && (c.firstContactAt != null || c.firstContactLate(now));
        boolean hasCountedOutcome = c.outcome != null && !among(c.outcome, NOT_TO_RESOLVE);
        boolean hotlineOrder = c.isHotlineOrder();
        boolean signedFor = hotlineOrder && c.hotlineAcknowledgedAt != null;
        boolean resolutionDue = hasCountedOutcome || (c.outcome == null && c.feedbackLate(now));
        boolean timedToFirstContact = c.workingDaysToFirstContact != null;
        boolean timedToFeedback = c.workingDaysToFeedback != null;
        return builder()
                .registered(1)
                .open(oneIf(c.isOpen()))
                .closed(oneIf(!c.isOpen()))
                .overdue(oneIf(c.overdue(now)))
                .outcomes(c.outcome == null ? Map.of() : Map.of(c.outcome, 1L))
                .firstContactsDue(oneIf(firstContactDue))
                .firstContactsOnTime(oneIf(firstContactDue && c.firstContactOnTime()))
                .resolutionsDue(oneIf(resolutionDue))
                .resolved(oneIf(resolutionDue && "RESOLVED".equals(c.outcome)))
                .feedbackGiven(oneIf(c.satisfaction != null))
                .satisfied(oneIf("SATISFIED".equals(c.satisfaction) || "BASICALLY_SATISFIED".equals(c.satisfaction)))
                .daysToFirstContact(timedToFirstContact ? c.workingDaysToFirstContact : 0)
                .firstContactsTimed(oneIf(timedToFirstContact))
                .daysToFeedback(timedToFeedback ? c.workingDaysToFeedback : 0)
                .feedbacksTimed(oneIf(timedToFeedback))
                .hotlineOrders(oneIf(hotlineOrder))
                .hotlineSignedOnTime(oneIf(signedFor && !c.hotlineAcknowledgedLate()))
                .hotlineSignedLate(oneIf(signedFor && c.hotlineAcknowledgedLate()))
                .hotlineAwaitingSignature(oneIf(hotlineOrder && !signedFor && c.isOpen()))
                .hotlineRedone(oneIf(hotlineOrder && c.reopenCount > 0))
                .build();
    }

    /** A closed case: judged at any moment alike, since nothing about it is still due. */
    public static CaseContribution ofClosed(CaseFact c) {
        if (c.isOpen()) {
            throw new IllegalArgumentException("Case " + c.caseId + " is open; its counts depend on the moment");
        }
        return of(c, c.registeredAt);
    }

    public CaseContribution plus(CaseContribution other) {
        return combined(other, Long::sum);
    }

    public CaseContribution negated() {
        return NONE.combined(this, (none, count) -> -count);
    }

    /** Every count and outcome count of this and the other, put together by {@code op}; outcomes at zero dropped. */
    private CaseContribution combined(CaseContribution other, LongBinaryOperator op) {
        Set<String> named = new TreeSet<>(outcomes.keySet());
        named.addAll(other.outcomes.keySet());
        Map<String, Long> combinedOutcomes = new TreeMap<>();
        for (String outcome : named) {
            long count = op.applyAsLong(outcomes.getOrDefault(outcome, 0L), other.outcomes.getOrDefault(outcome, 0L));
            if (count != 0) {
                combinedOutcomes.put(outcome, count);
            }
        }
        return builder()
                .registered(op.applyAsLong(registered, other.registered))
                .open(op.applyAsLong(open, other.open))
                .closed(op.applyAsLong(closed, other.closed))
                .overdue(op.applyAsLong(overdue, other.overdue))
                .outcomes(combinedOutcomes)
                .firstContactsDue(op.applyAsLong(firstContactsDue, other.firstContactsDue))
                .firstContactsOnTime(op.applyAsLong(firstContactsOnTime, other.firstContactsOnTime))
                .resolutionsDue(op.applyAsLong(resolutionsDue, other.resolutionsDue))
                .resolved(op.applyAsLong(resolved, other.resolved))
                .feedbackGiven(op.applyAsLong(feedbackGiven, other.feedbackGiven))
                .satisfied(op.applyAsLong(satisfied, other.satisfied))
                .daysToFirstContact(op.applyAsLong(daysToFirstContact, other.daysToFirstContact))
                .firstContactsTimed(op.applyAsLong(firstContactsTimed, other.firstContactsTimed))
                .daysToFeedback(op.applyAsLong(daysToFeedback, other.daysToFeedback))
                .feedbacksTimed(op.applyAsLong(feedbacksTimed, other.feedbacksTimed))
                .hotlineOrders(op.applyAsLong(hotlineOrders, other.hotlineOrders))
                .hotlineSignedOnTime(op.applyAsLong(hotlineSignedOnTime, other.hotlineSignedOnTime))
                .hotlineSignedLate(op.applyAsLong(hotlineSignedLate, other.hotlineSignedLate))
                .hotlineAwaitingSignature(op.applyAsLong(hotlineAwaitingSignature, other.hotlineAwaitingSignature))
                .hotlineRedone(op.applyAsLong(hotlineRedone, other.hotlineRedone))
                .build();
    }

    private static boolean among(String outcome, Set<String> outcomes) {
        return outcome != null && outcomes.contains(outcome);
    }

    private static long oneIf(boolean counts) {
        return counts ? 1 : 0;
    }

    /** A contribution with every count zero and no outcome until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets the counts of a contribution by name; each is the component of the same name. */
    public static final class Builder {

        private long registered;
        private long open;
        private long closed;
        private long overdue;
        private Map<String, Long> outcomes = Map.of();
        private long firstContactsDue;
        private long firstContactsOnTime;
        private long resolutionsDue;
        private long resolved;
        private long feedbackGiven;
        private long satisfied;
        private long daysToFirstContact;
        private long firstContactsTimed;
        private long daysToFeedback;
        private long feedbacksTimed;
        private long hotlineOrders;
        private long hotlineSignedOnTime;
        private long hotlineSignedLate;
        private long hotlineAwaitingSignature;
        private long hotlineRedone;

        private Builder() {}

        public Builder registered(long cases) {
            registered = cases;
            return this;
        }

        public Builder open(long cases) {
            open = cases;
            return this;
        }

        public Builder closed(long cases) {
            closed = cases;
            return this;
        }

        public Builder overdue(long cases) {
            overdue = cases;
            return this;
        }

        public Builder outcomes(Map<String, Long> casesByOutcome) {
            outcomes = casesByOutcome;
            return this;
        }

        public Builder firstContactsDue(long cases) {
            firstContactsDue = cases;
            return this;
        }

        public Builder firstContactsOnTime(long cases) {
            firstContactsOnTime = cases;
            return this;
        }

        public Builder resolutionsDue(long cases) {
            resolutionsDue = cases;
            return this;
        }

        public Builder resolved(long cases) {
            resolved = cases;
            return this;
        }

        public Builder feedbackGiven(long cases) {
            feedbackGiven = cases;
            return this;
        }

        public Builder satisfied(long cases) {
            satisfied = cases;
            return this;
        }

        public Builder daysToFirstContact(long workingDays) {
            daysToFirstContact = workingDays;
            return this;
        }

        public Builder firstContactsTimed(long cases) {
            firstContactsTimed = cases;
            return this;
        }

        public Builder daysToFeedback(long workingDays) {
            daysToFeedback = workingDays;
            return this;
        }

        public Builder feedbacksTimed(long cases) {
            feedbacksTimed = cases;
            return this;
        }

        public Builder hotlineOrders(long cases) {
            hotlineOrders = cases;
            return this;
        }

        public Builder hotlineSignedOnTime(long cases) {
            hotlineSignedOnTime = cases;
            return this;
        }

        public Builder hotlineSignedLate(long cases) {
            hotlineSignedLate = cases;
            return this;
        }

        public Builder hotlineAwaitingSignature(long cases) {
            hotlineAwaitingSignature = cases;
            return this;
        }

        public Builder hotlineRedone(long cases) {
            hotlineRedone = cases;
            return this;
        }

        public CaseContribution build() {
            return new CaseContribution(
                    registered,
                    open,
                    closed,
                    overdue,
                    outcomes,
                    firstContactsDue,
                    firstContactsOnTime,
                    resolutionsDue,
                    resolved,
                    feedbackGiven,
                    satisfied,
                    daysToFirstContact,
                    firstContactsTimed,
                    daysToFeedback,
                    feedbacksTimed,
                    hotlineOrders,
                    hotlineSignedOnTime,
                    hotlineSignedLate,
                    hotlineAwaitingSignature,
                    hotlineRedone);
        }
    }
}
