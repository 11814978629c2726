package io.huike.workbench.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a swap request before it is sent: someone to ask, a counter shift that is theirs, a short note. */
public final class SwapChecks {

    /** As long a note as roster-service takes. */
    public static final int NOTE_MAX = 200;

    private SwapChecks() {}

    /**
     * The faults of the request by field name; empty when it can be sent.
     *
     * @param members the members a swap may be asked of; empty when they could not be read (the service judges)
     * @param owners the member of each shift the page knows, by shift id
     */
    public static Map<String, Fault> check(
            String toMemberId,
            String counterShiftId,
            String note,
            Optional<Set<String>> members,
            Map<String, String> owners) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        String to = toMemberId == null ? "" : toMemberId.strip();
        if (to.isEmpty()) {
            faults.put("toMemberId", Fault.REQUIRED);
        } else if (members.isPresent() && !members.get().contains(to)) {
            faults.put("toMemberId", Fault.NOT_OFFERED);
        }
        String counter = counterShiftId == null ? "" : counterShiftId.strip();
        if (!counter.isEmpty() && !to.isEmpty()) {
            String owner = owners.get(counter);
            if (owner != null && !owner.equals(to)) {
                faults.put("counterShiftId", Fault.COUNTER_NOT_THEIRS);
            }
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            faults.put("note", Fault.TOO_LONG);
        }
        return faults;
    }
}
