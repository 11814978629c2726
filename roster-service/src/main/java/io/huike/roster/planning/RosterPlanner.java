package io.huike.roster.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Plans a month of duty at one reception room. Rules, in order of precedence:
 * <ol>
 *   <li>only working days get shifts, and every shift of every working day is covered or reported as a gap;</li>
 *   <li>nobody on leave takes duty, and nobody takes two shifts on one day;</li>
 *   <li>each day has at least one member with mediation or policy skill when the community has such a member
 *       available that day, or the day is reported as a gap;</li>
 *   <li>fair rotation: each shift goes to the available member with the fewest shifts so far this month, then
 *       the one with the fewest shifts in the months before, then the one whose last duty lies furthest back,
 *       then the one listed first; so shift counts differ by at most one wherever availability and the skill rule
 *       allow it, and the extra shifts of an uneven month rotate from month to month.</li>
 * </ol>
 * No randomness: the same input gives the same roster.
 */
final class RosterPlanner {

    private final List<Candidate> candidates;
    private final Map<UUID, Integer> counts = new HashMap<>();
    private final Map<UUID, LocalDate> lastDuty = new HashMap<>();
    private final Map<UUID, Integer> listed = new HashMap<>();
    private final Comparator<Candidate> fairest;

    private RosterPlanner(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            counts.put(candidates.get(i).memberId(), 0);
            listed.put(candidates.get(i).memberId(), i);
        }
        this.fairest = Comparator.comparing(this::countOf)
                .thenComparingLong(Candidate::earlierShifts)
                .thenComparing(c -> lastDuty.getOrDefault(c.memberId(), LocalDate.MIN))
                .thenComparing(c -> listed.get(c.memberId()));
    }

    /**
     * @param workingDays the month's working days, in order
     * @param shiftCodes the shifts of each working day, in the order of the day
     * @param candidates the members who may take duty, in the order that breaks remaining ties
     */
    public static RosterPlan plan(List<LocalDate> workingDays, List<String> shiftCodes, List<Candidate> candidates) {
        return new RosterPlanner(candidates).plan(workingDays, shiftCodes);
    }

    private RosterPlan plan(List<LocalDate> workingDays, List<String> shiftCodes) {
        boolean communityHasSkill = candidates.stream().anyMatch(Candidate::hasDailySkill);
        List<Assignment> assignments = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (LocalDate day : workingDays) {
            Set<UUID> onDutyToday = new HashSet<>();
            boolean skillCovered = false;
            for (int slot = 0; slot < shiftCodes.size(); slot++) {
                String shift = shiftCodes.get(slot);
                List<Candidate> pool = candidates.stream()
                        .filter(c -> c.availableOn(day) && !onDutyToday.contains(c.memberId()))
                        .toList();
                if (pool.isEmpty()) {
                    gaps.add(new Gap(day, shift, GapReason.NO_MEMBER_AVAILABLE));
                    continue;
                }
                boolean lastSlot = slot == shiftCodes.size() - 1;
                Candidate chosen = choose(pool, communityHasSkill && !skillCovered, lastSlot);
                onDutyToday.add(chosen.memberId());
                counts.merge(chosen.memberId(), 1, Integer::sum);
                lastDuty.put(chosen.memberId(), day);
                skillCovered |= chosen.hasDailySkill();
                assignments.add(new Assignment(day, shift, chosen.memberId()));
            }
            if (communityHasSkill && !skillCovered) {
                gaps.add(new Gap(day, null, GapReason.NO_DAILY_SKILL_AVAILABLE));
            }
        }
        return new RosterPlan(assignments, gaps);
    }

    /**
     * The fairest member of the pool; while the day still lacks the daily skill, a skilled member is preferred when
     * that costs no fairness, and required on the day's last shift.
     */
    private Candidate choose(List<Candidate> pool, boolean skillWanted, boolean lastSlot) {
        Candidate fairestOfAll = pool.stream().min(fairest).orElseThrow();
        if (!skillWanted || fairestOfAll.hasDailySkill()) {
            return fairestOfAll;
        }
        return pool.stream()
                .filter(Candidate::hasDailySkill)
                .min(fairest)
                .filter(skilled -> lastSlot || countOf(skilled) == countOf(fairestOfAll))
                .orElse(fairestOfAll);
    }

    private int countOf(Candidate candidate) {
        return counts.get(candidate.memberId());
    }
}
