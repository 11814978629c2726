package io.huike.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.huike.plumbing.events.EventEnvelope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the inbox tells of each event of a poll recorded together. */
class InboxReceiptsTest {

    private static final String SOURCE = "/case-service";

    @Test
    void anEventAlreadyInTheInboxOrEarlierInThePollIsARepeat() {
        EventEnvelope first = event("case-1", 1);
        EventEnvelope known = event("case-2", 1);

        List<InboxReceipt> receipts = Inbox.receipts(List.of(first, known, first), Set.of(first.id()), Map.of());

        assertThat(receipts).containsExactly(new InboxReceipt(true, true), InboxReceipt.REPEAT, InboxReceipt.REPEAT);
    }

    @Test
    void anEventIsTheNewestOfItsAggregateUnlessALaterOneWasAppliedBeforeIt() {
        EventEnvelope second = event("case-1", 2);
        EventEnvelope third = event("case-1", 3);
        EventEnvelope late = event("case-1", 1);
        EventEnvelope olderThanTheInbox = event("case-2", 4);

        List<InboxReceipt> receipts = Inbox.receipts(
                List.of(second, third, late, olderThanTheInbox),
                Set.of(second.id(), third.id(), late.id(), olderThanTheInbox.id()),
                Map.of(new Inbox.Aggregate(SOURCE, "case-2"), 5L));

        assertThat(receipts).extracting(InboxReceipt::newestOfAggregate).containsExactly(true, true, false, false);
    }

    private static EventEnvelope event(String subject, long sequence) {
        return new EventEnvelope(
                EventEnvelope.SPEC_VERSION,
                UUID.randomUUID(),
                SOURCE,
                "case.assigned.v1",
                Instant.parse("2026-05-10T02:00:00Z"),
                subject,
                "application/json",
                "gulou",
                sequence,
                JsonNodeFactory.instance.objectNode());
    }
}
