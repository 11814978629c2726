package io.huike.outreach.visits.api;

import io.huike.outreach.visits.VisitCampaign;
import io.huike.outreach.visits.VisitService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit campaign with its households, who visits each, and which were visited. */
@Schema(example = """
        {"id":"5b4c3d2e-1f0a-4b9c-8d7e-6f5a4b3c2d1e","communityId":"gulou","title":"汛期前独居老人走访",
         "purpose":"检查排水、电线和燃气","dueDate":"2026-06-15","planned":2,"visited":1,"overdue":false,
         "households":[{"householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","householdName":"马大爷",
         "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","lastVisitedOn":"2026-05-06"}],"createdBy":"admin-li",
         "createdAt":"2026-05-01T01:00:00Z"}""")
public record VisitCampaignView(
        UUID id,
        String communityId,
        String title,
        String purpose,
        LocalDate dueDate,
        int planned,
        int visited,
        boolean overdue,
        List<TargetView> households,
        String createdBy,
        Instant createdAt) {

    /** One household of the campaign. */
    public record TargetView(UUID householdId, String householdName, String memberId, LocalDate lastVisitedOn) {}

    static VisitCampaignView of(VisitService.CampaignProgress progress) {
        VisitCampaign c = progress.campaign();
        return new VisitCampaignView(
                c.id(),
                c.communityId(),
                c.title(),
                c.purpose(),
                c.dueDate(),
                c.targets().size(),
                progress.visited(),
                progress.overdue(),
                c.targets().stream()
                        .map(t -> new TargetView(
                                t.householdId(),
                                progress.householdNames().get(t.householdId()),
                                t.memberId(),
                                progress.lastVisited().get(t.householdId())))
                        .toList(),
                c.createdBy(),
                c.createdAt());
    }
}
