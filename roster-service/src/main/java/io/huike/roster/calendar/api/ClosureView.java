package io.huike.roster.calendar.api;

import io.huike.roster.calendar.Closure;
import java.time.LocalDate;
import java.util.UUID;

/** A local closure as callers see it. */
public record ClosureView(UUID id, String community, LocalDate date, String reason) {

    static ClosureView of(Closure c) {
        return new ClosureView(c.id(), c.communityId(), c.day(), c.reason());
    }
}
