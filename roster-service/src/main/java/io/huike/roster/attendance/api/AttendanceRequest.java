package io.huike.roster.attendance.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who checks in or out: the member on duty. */
@Schema(example = """
        {"memberId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}""")
public record AttendanceRequest(@NotNull UUID memberId) {}
