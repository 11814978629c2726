package io.huike.outreach.campaigns.api;

import io.huike.outreach.campaigns.CampaignContact;
import io.huike.outreach.campaigns.CampaignProgress;
import io.huike.outreach.campaigns.ContactOutcome;
import io.huike.outreach.campaigns.NotificationCampaign;
import io.huike.outreach.campaigns.NotificationCampaignService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification campaign with its progress and everyone on its list with the latest contact. */
@Schema(example = """
        {"id":"8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f","communityId":"gulou","title":"新冠疫苗第二针提醒","purpose":"逐人提醒接种第二针",
         "dueDate":"2026-07-31","progress":{"targets":3,"notContacted":1,"byOutcome":{"REACHED":0,"NOT_REACHED":0,
         "DONE":1,"REFUSED":1},"settled":2,"percentDone":33},"targets":[{"id":"9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a",
         "householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","name":"马大爷","gridId":null,"outcome":"DONE",
         "contactedBy":"member-wang","contactedAt":"2026-06-02T02:15:00Z","note":"已于上周接种"}],"createdBy":"admin-li",
         "createdAt":"2026-06-01T01:00:00Z"}""")
public record CampaignView(
        UUID id,
        String communityId,
        String title,
        String purpose,
        LocalDate dueDate,
        CampaignProgress progress,
        List<TargetView> targets,
        String createdBy,
        Instant createdAt) {

    /** Someone on the list and the latest contact with them, if any. */
    public record TargetView(
            UUID id,
            UUID householdId,
            String name,
            String gridId,
            ContactOutcome outcome,
            String contactedBy,
            Instant contactedAt,
            String note) {}

    static CampaignView of(NotificationCampaignService.CampaignState state) {
        NotificationCampaign c = state.campaign();
        List<TargetView> targets = state.targets().stream()
                .map(t -> {
                    CampaignContact latest = state.latestContact().get(t.id());
                    String name =
                            t.householdId() != null ? state.householdNames().get(t.householdId()) : t.residentName();
                    return latest == null
                            ? new TargetView(t.id(), t.householdId(), name, t.gridId(), null, null, null, null)
                            : new TargetView(
                                    t.id(),
                                    t.householdId(),
                                    name,
                                    t.gridId(),
                                    latest.outcome(),
                                    latest.contactedBy(),
                                    latest.contactedAt(),
                                    latest.note());
                })
                .toList();
        return new CampaignView(
                c.id(),
                c.communityId(),
                c.title(),
                c.purpose(),
                c.dueDate(),
                state.progress(),
                targets,
                c.createdBy(),
                c.createdAt());
    }
}
