package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The community replied to the hotline with the result (回复), the text the resident is to be told. */
@EventType("case.hotline-replied.v1")
public record HotlineReplied(
        UUID caseId, String hotlineReference, Outcome outcome, String reply, Instant repliedAt, String repliedBy) {}
