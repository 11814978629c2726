package io.huike.outreach.visits.api;

import io.huike.outreach.visits.VisitService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A visit as callers see it, with the concerns found on it and their outcomes. */
@Schema(example = """
        {"id":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c",
         "campaignId":null,"memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","visitedOn":"2026-05-06",
         "notes":"老人身体尚可，厨房下水不畅","recordedBy":"member-wang","recordedAt":"2026-05-06T03:00:00Z",
         "concerns":[{"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
         "householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","visitId":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
         "campaignId":null,"category":"WATER_DRAINAGE","urgency":"NORMAL","title":"厨房下水道堵塞",
         "description":"楼栋主管道返水，已影响三户","gridId":"grid-3","raisedBy":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
         "raisedAt":"2026-05-06T03:00:00Z","status":"CASE_REGISTERED",
         "caseId":"0f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a","trackingNumber":"GL-2026-000001","outcome":null,
         "resultSummary":null,"closedAt":null,"crossedOffOn":null,"crossedOffBy":null,"crossingNote":null,
         "version":1}]}""")
public record VisitView(
        UUID id,
        UUID householdId,
        UUID campaignId,
        String memberId,
        LocalDate visitedOn,
        String notes,
        String recordedBy,
        Instant recordedAt,
        List<ConcernView> concerns) {

    static VisitView of(VisitService.RecordedVisit recorded) {
        var v = recorded.visit();
        return new VisitView(
                v.id(),
                v.householdId(),
                v.campaignId(),
                v.memberId(),
                v.visitedOn(),
                v.notes(),
                v.recordedBy(),
                v.recordedAt(),
                recorded.concerns().stream().map(ConcernView::of).toList());
    }
}
