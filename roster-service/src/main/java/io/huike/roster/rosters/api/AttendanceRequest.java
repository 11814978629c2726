package io.huike.roster.rosters.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Who checks in or out: the member on duty. */
public record AttendanceRequest(@NotNull UUID memberId) {
}
