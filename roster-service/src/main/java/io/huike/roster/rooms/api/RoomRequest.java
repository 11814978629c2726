package io.huike.roster.rooms.api;

import io.huike.plumbing.validation.PlainText;
import io.huike.roster.rooms.ShiftTemplate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reception room and the shifts of its reception days, in the order of the day. */
@Schema(example = """
        {"name":"鼓楼社区党员会客室","location":"社区服务中心一楼",
         "shifts":[{"code":"AM","name":"上午","startsAt":"08:30","endsAt":"12:00"},
                   {"code":"PM","name":"下午","startsAt":"14:30","endsAt":"17:30"}]}""")
public record RoomRequest(
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String location,
        @NotEmpty @Size(max = 6) List<@NotNull @Valid Shift> shifts) {

    /** One shift of the day, local time. */
    public record Shift(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,16}", message = "1 to 16 capital letters or digits")
            String code,

            @NotBlank @Size(max = 50) @PlainText String name,
            @NotNull LocalTime startsAt,
            @NotNull LocalTime endsAt) {

        ShiftTemplate template() {
            return new ShiftTemplate(code, name, startsAt, endsAt);
        }
    }
}
