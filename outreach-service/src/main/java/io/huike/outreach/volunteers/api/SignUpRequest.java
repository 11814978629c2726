package io.huike.outreach.volunteers.api;

import io.huike.plumbing.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resident or member signing up to volunteer; memberId only for a member. */
@Schema(example = """
        {"name":"小杨","skills":["辅导功课","电脑"],"availability":"工作日下午","availableFrom":"2026-07-10",
         "availableUntil":"2026-08-31"}""")
public record SignUpRequest(
        @NotBlank @Size(max = 100) @PlainText String name,

        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a member id: letters, digits, '-' and '_'")
        String memberId,

        @Size(max = 20)
        Set<
                        @NotNull
                        @Pattern(
                                regexp = "[\\p{L}\\p{N} _-]{1,30}",
                                message = "letters, digits, spaces, '-' and '_', at most 30")
                        String>
                skills,

        @Size(max = 200) @PlainText String availability,
        LocalDate availableFrom,
        LocalDate availableUntil) {}
