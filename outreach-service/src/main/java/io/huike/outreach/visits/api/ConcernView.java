package io.huike.outreach.visits.api;

import io.huike.outreach.visits.Category;
import io.huike.outreach.visits.Concern;
import io.huike.outreach.visits.ConcernStatus;
import io.huike.outreach.visits.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concern as callers see it: its case, the outcome to tell the household once closed, and its crossing-off. */
@Schema(example = """
        {"id":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c",
         "visitId":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","campaignId":null,"category":"WATER_DRAINAGE",
         "urgency":"NORMAL","title":"厨房下水道堵塞","description":"楼栋主管道返水，已影响三户","gridId":"grid-3",
         "raisedBy":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","raisedAt":"2026-05-06T03:00:00Z","status":"CLOSED",
         "caseId":"0f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a","trackingNumber":"GL-2026-000001","outcome":"RESOLVED",
         "resultSummary":"市政维修公司已疏通污水管道","closedAt":"2026-05-22T02:00:00Z","crossedOffOn":null,"crossedOffBy":null,
         "crossingNote":null,"version":2}""")
public record ConcernView(
        UUID id,
        UUID householdId,
        UUID visitId,
        UUID campaignId,
        Category category,
        Urgency urgency,
        String title,
        String description,
        String gridId,
        String raisedBy,
        Instant raisedAt,
        ConcernStatus status,
        UUID caseId,
        String trackingNumber,
        String outcome,
        String resultSummary,
        Instant closedAt,
        LocalDate crossedOffOn,
        String crossedOffBy,
        String crossingNote,
        long version) {

    static ConcernView of(Concern c) {
        return new ConcernView(
                c.id(),
                c.householdId(),
                c.visitId(),
                c.campaignId(),
                c.category(),
                c.urgency(),
                c.title(),
                c.description(),
                c.gridId(),
                c.raisedBy(),
                c.raisedAt(),
                c.status(),
                c.caseId(),
                c.trackingNumber(),
                c.outcome(),
                c.resultSummary(),
                c.closedAt(),
                c.crossedOffOn(),
                c.crossedOffBy(),
                c.crossingNote(),
                c.version());
    }
}
