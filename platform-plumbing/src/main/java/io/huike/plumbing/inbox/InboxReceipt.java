package io.huike.plumbing.inbox;

/**
 * What the inbox knows of an arriving event.
 *
 * @param firstDelivery false when this event id was applied before; the handler then does nothing
 * @param newestOfAggregate false when a later event of the same aggregate was already applied, so the event may
 *     still be counted but must not overwrite the aggregate's state
 */
public record InboxReceipt(boolean firstDelivery, boolean newestOfAggregate) {

    static final InboxReceipt REPEAT = new InboxReceipt(false, false);
}
