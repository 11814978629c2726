package io.huike.roster.planning.api;

import io.huike.roster.planning.Gap;
import io.huike.roster.planning.RosterService.GeneratedRoster;
import io.huike.roster.shifts.api.ShiftView;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** A room's month of duty: every shift, every gap, and how many shifts each member carries. */
public record RosterView(
        UUID id,
        UUID roomId,
        YearMonth month,
        Instant generatedAt,
        List<ShiftView> shifts,
        List<Gap> gaps,
        Map<UUID, Long> shiftsPerMember) {

    static RosterView of(GeneratedRoster generated, Map<UUID, String> names) {
        var roster = generated.roster();
        return new RosterView(
                roster.id(),
                roster.roomId(),
                roster.month(),
                roster.generatedAt(),
                generated.shifts().stream().map(s -> ShiftView.of(s, names)).toList(),
                generated.gaps(),
                generated.shifts().stream()
                        .collect(Collectors.groupingBy(s -> s.memberId(), TreeMap::new, Collectors.counting())));
    }
}
