package io.huike.reporting.outreach;

import java.time.Instant;
import java.util.Map;

/**
 * How far a notification campaign (逐人排查) has got.
 *
 * @param targetsContacted people contacted at least once
 * @param byOutcome each target counted once, by the outcome of its latest contact (REACHED, NOT_REACHED, DONE,
 *     REFUSED)
 */
public record CampaignProgress(
        String communityId,
        String campaignId,
        long targetsContacted,
        Map<String, Long> byOutcome,
        Instant lastContactAt) {}
