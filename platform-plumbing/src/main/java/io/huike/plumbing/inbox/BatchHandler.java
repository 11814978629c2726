package io.huike.plumbing.inbox;

import java.util.List;

/**
 * Applies the effect of a poll's events that arrive for the first time, in their order on the topic, together, so
 * that what many events change is written once; called inside the transaction that records them in the inbox.
 */
@FunctionalInterface
public interface BatchHandler {

    void apply(List<AcceptedEvent> events);
}
