package io.huike.cases.assignment;

import io.huike.cases.Category;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses who on duty takes a new case: a member whose skills fit the category, the one carrying the fewest
 * open cases, then by id so the choice is the same for the same facts. No fitting member: nobody, and the case
 * waits in the admin's queue.
 */
public final class SkillMatch {

    private static final Map<Category, Set<String>> SKILLS = new EnumMap<>(Category.class);

    static {
        SKILLS.put(Category.POLICY_CONSULTATION, Set.of("POLICY"));
        SKILLS.put(Category.HARDSHIP_RELIEF, Set.of("RELIEF"));
        SKILLS.put(Category.DISPUTE_MEDIATION, Set.of("MEDIATION", "LAW"));
        SKILLS.put(Category.VOLUNTEER_SERVICE, Set.of("VOLUNTEERING"));
        SKILLS.put(Category.WATER_DRAINAGE, Set.of("FACILITIES"));
        SKILLS.put(Category.POWER_LINES, Set.of("FACILITIES"));
        SKILLS.put(Category.GAS, Set.of("FACILITIES"));
        SKILLS.put(Category.SANITATION, Set.of("FACILITIES"));
        SKILLS.put(Category.RENOVATION, Set.of("FACILITIES"));
        SKILLS.put(Category.HEALTH, Set.of("HEALTH", "ELDERLY_CARE"));
    }

    private SkillMatch() {}

    /** A member on duty now, with their skills and how many open cases they already carry. */
    public record OnDuty(String memberId, Set<String> skills, long openCases) {}

    /** Whether a member's skills fit a category; any member fits a matter of no particular kind (OTHER). */
    public static boolean fits(Category category, Set<String> skills) {
        Set<String> wanted = SKILLS.get(category);
        return wanted == null || skills.stream().anyMatch(wanted::contains);
    }

    public static Optional<String> choose(Category category, List<OnDuty> onDuty) {
        return onDuty.stream()
                .filter(m -> fits(category, m.skills()))
                .min(Comparator.comparingLong(OnDuty::openCases).thenComparing(OnDuty::memberId))
                .map(OnDuty::memberId);
    }
}
