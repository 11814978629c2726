package io.huike.outreach.campaigns.api;

import io.huike.outreach.campaigns.CampaignContact;
import io.huike.outreach.campaigns.ContactOutcome;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded contact. */
@Schema(example = """
        {"id":"6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c","campaignId":"8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f",
         "targetId":"9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a","outcome":"DONE","note":"已于上周接种",
         "contactedBy":"member-wang","contactedAt":"2026-06-02T02:15:00Z"}""")
public record ContactView(
        UUID id,
        UUID campaignId,
        UUID targetId,
        ContactOutcome outcome,
        String note,
        String contactedBy,
        Instant contactedAt) {

    static ContactView of(CampaignContact c) {
        return new ContactView(
                c.id(), c.campaignId(), c.targetId(), c.outcome(), c.note(), c.contactedBy(), c.contactedAt());
    }
}
