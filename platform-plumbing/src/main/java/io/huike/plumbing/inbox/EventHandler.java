package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventEnvelope;

/** Applies one event's effect; called inside the transaction that also records the event in the inbox. */
@FunctionalInterface
public interface EventHandler {

    void apply(EventEnvelope event, InboxReceipt receipt);
}
