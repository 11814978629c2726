package io.huike.plumbing.inbox;

import io.huike.plumbing.events.EventEnvelope;

/** An event the inbox recorded for the first time, and what it knows of it. */
public record AcceptedEvent(EventEnvelope event, InboxReceipt receipt) {}
