package io.huike.outreach.pairings.api;

import io.huike.outreach.pairings.EndReason;
import io.huike.outreach.pairings.Pairing;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pairing as callers see it. */
@Schema(example = """
        {"id":"9e8d7c6b-5a49-4382-b716-0f1e2d3c4b5a","communityId":"gulou",
         "memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d","householdId":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c",
         "startDate":"2026-01-05","endDate":null,"endReason":null,"active":true,"establishedBy":"admin-li",
         "establishedAt":"2026-01-05T02:00:00Z","endedBy":null,"endedAt":null,"version":0}""")
public record PairingView(
        UUID id,
        String communityId,
        String memberId,
        UUID householdId,
        LocalDate startDate,
        LocalDate endDate,
        EndReason endReason,
        boolean active,
        String establishedBy,
        Instant establishedAt,
        String endedBy,
        Instant endedAt,
        long version) {

    static PairingView of(Pairing p) {
        return new PairingView(
                p.id(),
                p.communityId(),
                p.memberId(),
                p.householdId(),
                p.startDate(),
                p.endDate(),
                p.endReason(),
                p.isActive(),
                p.establishedBy(),
                p.establishedAt(),
                p.endedBy(),
                p.endedAt(),
                p.version());
    }
}
