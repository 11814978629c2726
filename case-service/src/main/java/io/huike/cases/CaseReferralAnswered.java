package io.huike.cases;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** The outside body replied to a referral. */
@EventType("case.referral-answered.v1")
public record CaseReferralAnswered(UUID caseId, UUID referralId, String body, Instant repliedAt, Instant recordedAt) {}
