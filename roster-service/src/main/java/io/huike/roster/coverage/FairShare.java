package io.huike.roster.coverage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who carries more than their share of duty: more shifts than the total spread evenly, rounded up, allows. */
final class FairShare {

    private FairShare() {}

    /** The most shifts one member should carry when {@code total} shifts are shared by {@code members} members. */
    public static long ceiling(long total, int members) {
        return members == 0 ? 0 : (total + members - 1) / members;
    }

    /** The members whose count is above the fair share, most loaded first. */
    public static List<UUID> overloaded(Map<UUID, Long> shiftsPerMember, Collection<UUID> activeMembers) {
        long total =
                shiftsPerMember.values().stream().mapToLong(Long::longValue).sum();
        long share = ceiling(total, activeMembers.size());
        return shiftsPerMember.entrySet().stream()
                .filter(e -> e.getValue() > share)
                .sorted(Map.Entry.<UUID, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
