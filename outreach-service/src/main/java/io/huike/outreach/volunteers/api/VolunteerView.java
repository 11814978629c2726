package io.huike.outreach.volunteers.api;

import io.huike.outreach.volunteers.Volunteer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer as callers see it. */
@Schema(example = """
        {"id":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","communityId":"gulou","name":"小杨","memberId":null,
         "skills":["电脑","辅导功课"],"availability":"工作日下午","availableFrom":"2026-07-10","availableUntil":"2026-08-31",
         "signedUpAt":"2026-07-08T02:00:00Z"}""")
public record VolunteerView(
        UUID id,
        String communityId,
        String name,
        String memberId,
        Set<String> skills,
        String availability,
        LocalDate availableFrom,
        LocalDate availableUntil,
        Instant signedUpAt) {

    static VolunteerView of(Volunteer v) {
        return new VolunteerView(
                v.id(),
                v.communityId(),
                v.name(),
                v.memberId(),
                v.skills(),
                v.availability(),
                v.availableFrom(),
                v.availableUntil(),
                v.signedUpAt());
    }
}
