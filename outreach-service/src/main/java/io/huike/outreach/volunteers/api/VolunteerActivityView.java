package io.huike.outreach.volunteers.api;

import io.huike.outreach.volunteers.VolunteerActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer activity as callers see it. */
@Schema(example = """
        {"id":"7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d","title":"暑期四点半课堂","heldOn":"2026-07-20",
         "description":"为双职工家庭孩子辅导作业","served":[{"volunteerId":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","hours":2.5}],
         "recordedBy":"admin-li","recordedAt":"2026-07-20T10:00:00Z"}""")
public record VolunteerActivityView(
        UUID id,
        String title,
        LocalDate heldOn,
        String description,
        List<ServedView> served,
        String recordedBy,
        Instant recordedAt) {

    /** One volunteer's hours in the activity. */
    public record ServedView(UUID volunteerId, BigDecimal hours) {}

    static VolunteerActivityView of(VolunteerActivity a) {
        return new VolunteerActivityView(
                a.id(),
                a.title(),
                a.heldOn(),
                a.description(),
                a.served().stream()
                        .map(s -> new ServedView(s.volunteerId(), s.hours()))
                        .toList(),
                a.recordedBy(),
                a.recordedAt());
    }
}
