package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The case was handed to an outside body (转办), whose reply is awaited. */
@EventType("case.referred.v1")
public record CaseReferred(
        UUID caseId,
        UUID referralId,
        String body,
        String theirReference,
        LocalDate expectedReplyBy,
        Instant referredAt) {}
