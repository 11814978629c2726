package io.huike.workbench.admin;

import io.huike.workbench.admin.client.ClosureRequest;
import io.huike.workbench.admin.client.LeaveRequest;
import io.huike.workbench.admin.client.MemberRequest;
import io.huike.workbench.admin.client.RoomRequest;
import io.huike.workbench.roster.Fault;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administration forms checked before anything is sent, by the same rules the services apply: what is required,
 * how long, which formats. Each check gives the faults by field name, and the request only when there are none.
 */
public final class Checks {

    /** A phone number as roster-service takes it. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,18}");
    /** A shift code as roster-service takes it. */
    static final Pattern SHIFT_CODE = Pattern.compile("[A-Z0-9]{1,16}");
    /** A deadline as case-service takes it: 1 to 240 hours or 1 to 30 working days, without leading zeros. */
    static final Pattern DEADLINE =
            Pattern.compile("([1-9]|[1-9][0-9]|1[0-9][0-9]|2[0-3][0-9]|240)h|([1-9]|[12][0-9]|30)wd");
    /** The most shifts of a day roster-service takes per room. */
    public static final int MAX_SHIFTS = 6;
    /** The paper log's limits in case-service. */
    static final int PAPER_LOG_MIN_DAYS = 1;

    static final int PAPER_LOG_MAX_DAYS = 366;

    private Checks() {}

    /** A checked form: the faults by field name, and the request when there are none. */
    public record Checked<T>(Map<String, Fault> faults, Optional<T> request) {

        static <T> Checked<T> of(Map<String, Fault> faults, java.util.function.Supplier<T> request) {
            return new Checked<>(Map.copyOf(faults), faults.isEmpty() ? Optional.of(request.get()) : Optional.empty());
        }
    }

    public static Checked<MemberRequest> member(MemberForm form) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        String name = required(faults, "name", form.name, 100);
        String phone = required(faults, "phone", form.phone, 20);
        if (!phone.isEmpty()
                && !faults.containsKey("phone")
                && !PHONE.matcher(phone).matches()) {
            faults.put("phone", Fault.PHONE_FORMAT);
        }
        String kind = text(form.kind);
        if (kind.isEmpty()) {
            faults.put("kind", Fault.REQUIRED);
        } else if (MemberKind.of(kind).isEmpty()) {
            faults.put("kind", Fault.NOT_OFFERED);
        }
        List<String> skills = new ArrayList<>();
        for (String skill : form.skills == null ? List.<String>of() : form.skills) {
            String s = text(skill);
            if (Skill.of(s).isEmpty()) {
                faults.put("skills", Fault.NOT_OFFERED);
            } else if (!skills.contains(s)) {
                skills.add(s);
            }
        }
        String unit = optional(faults, "unit", form.unit, 200);
        String duties = optional(faults, "duties", form.duties, 500);
        return Checked.of(
                faults,
                () -> new MemberRequest(
                        name,
                        phone,
                        kind,
                        form.partyMember != null,
                        unit.isEmpty() ? null : unit,
                        List.copyOf(skills),
                        duties.isEmpty() ? null : duties,
                        form.active != null));
    }

    public static Checked<LeaveRequest> leave(String firstDay, String lastDay, String reason) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        LocalDate first = date(faults, "firstDay", firstDay);
        LocalDate last = date(faults, "lastDay", lastDay);
        if (first != null && last != null && last.isBefore(first)) {
            faults.put("lastDay", Fault.ORDER);
        }
        String why = optional(faults, "reason", reason, 200);
        return Checked.of(faults, () -> new LeaveRequest(first, last, why.isEmpty() ? null : why));
    }

    public static Checked<ClosureRequest> closure(String date, String reason) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        LocalDate day = date(faults, "date", date);
        String why = required(faults, "reason", reason, 200);
        return Checked.of(faults, () -> new ClosureRequest(day, why));
    }

    /**
     * A room with its shifts. Rows left wholly empty are skipped; a row's fields are named {@code shift-<row>-code}
     * and so on, by the row's index on the form, and a shift code is taken in capitals.
     */
    public static Checked<RoomRequest> room(RoomForm form) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        String name = required(faults, "name", form.name, 200);
        String location = optional(faults, "location", form.location, 200);
        List<RoomRequest.Shift> shifts = new ArrayList<>();
        for (int row : form.filledRows()) {
            String prefix = "shift-" + row + "-";
            String code = text(RoomForm.at(form.shiftCode, row)).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                faults.put(prefix + "code", Fault.REQUIRED);
            } else if (!SHIFT_CODE.matcher(code).matches()) {
                faults.put(prefix + "code", Fault.CODE_FORMAT);
            }
            String shiftName = required(faults, prefix + "name", RoomForm.at(form.shiftName, row), 50);
            LocalTime starts = time(faults, prefix + "startsAt", RoomForm.at(form.shiftStartsAt, row));
            LocalTime ends = time(faults, prefix + "endsAt", RoomForm.at(form.shiftEndsAt, row));
            if (starts != null && ends != null && !ends.isAfter(starts)) {
                faults.put(prefix + "endsAt", Fault.ORDER);
            }
            shifts.add(new RoomRequest.Shift(code, shiftName, starts, ends));
        }
        if (shifts.isEmpty()) {
            faults.put("shift-0-code", Fault.REQUIRED);
        } else if (shifts.size() > MAX_SHIFTS) {
            faults.put("shift-" + MAX_SHIFTS + "-code", Fault.RANGE);
        }
        return Checked.of(
                faults, () -> new RoomRequest(name, location.isEmpty() ? null : location, List.copyOf(shifts)));
    }

    /** A deadline as typed ({@code 24H}, {@code 5 wd}) in the form case-service takes ({@code 24h}, {@code 5wd}). */
    public static String deadline(String value) {
        return text(value).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Whether a deadline (as {@link #deadline} gives it) is one case-service takes. */
    public static boolean deadlineValid(String rule) {
        return DEADLINE.matcher(rule).matches();
    }

    /** The paper log's maximum age in days, or the fault of what was typed. */
    public static Checked<Integer> paperLogDays(String value) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        String given = text(value);
        Integer days = null;
        if (given.isEmpty()) {
            faults.put("paperLogMaxAgeDays", Fault.REQUIRED);
        } else {
            try {
                days = Integer.valueOf(given);
                if (days < PAPER_LOG_MIN_DAYS || days > PAPER_LOG_MAX_DAYS) {
                    faults.put("paperLogMaxAgeDays", Fault.RANGE);
                }
            } catch (NumberFormatException unreadable) {
                faults.put("paperLogMaxAgeDays", Fault.UNREADABLE);
            }
        }
        Integer found = days;
        return Checked.of(faults, () -> found);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String required(Map<String, Fault> faults, String field, String value, int max) {
        String given = text(value);
        if (given.isEmpty()) {
            faults.put(field, Fault.REQUIRED);
        } else if (given.length() > max) {
            faults.put(field, Fault.TOO_LONG);
        }
        return given;
    }

    private static String optional(Map<String, Fault> faults, String field, String value, int max) {
        String given = text(value);
        if (given.length() > max) {
            faults.put(field, Fault.TOO_LONG);
        }
        return given;
    }

    private static LocalDate date(Map<String, Fault> faults, String field, String value) {
        String given = text(value);
        if (given.isEmpty()) {
            faults.put(field, Fault.REQUIRED);
            return null;
        }
        try {
            return LocalDate.parse(given);
        } catch (DateTimeParseException unreadable) {
            faults.put(field, Fault.UNREADABLE);
            return null;
        }
    }

    private static LocalTime time(Map<String, Fault> faults, String field, String value) {
        String given = text(value);
        if (given.isEmpty()) {
            faults.put(field, Fault.REQUIRED);
            return null;
        }
        try {
            return LocalTime.parse(given);
        } catch (DateTimeParseException unreadable) {
            faults.put(field, Fault.UNREADABLE);
            return null;
        }
    }
}
