package io.huike.outreach.campaigns;

import io.huike.plumbing.events.EventType;
import java.time.Instant;
import java.util.UUID;

/** Someone on a notification campaign was contacted. Carries no name and no note. */
@EventType("campaign.contact-recorded.v1")
public record CampaignContactRecorded(
        UUID campaignId,
        UUID targetId,
        UUID householdId,
        ContactOutcome outcome,
        String contactedBy,
        Instant contactedAt) {}
