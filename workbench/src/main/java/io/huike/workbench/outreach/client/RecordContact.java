package io.huike.workbench.outreach.client;

/** The outcome of contacting someone on a campaign's list, with a note; the time is now. */
public record RecordContact(ContactOutcome outcome, String note) {}
