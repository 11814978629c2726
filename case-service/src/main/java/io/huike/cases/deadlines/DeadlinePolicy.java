package io.huike.cases.deadlines;

import io.huike.cases.Category;
import io.huike.cases.Urgency;
import java.util.EnumSet;
import java.util.Set;

/**
 * The two deadlines of a case: first contact with the resident, and feedback of the result. The platform's
 * defaults follow the hotline practice; a community may set its own per category and urgency.
 */
public record DeadlinePolicy(DeadlineRule firstContact, DeadlineRule feedback) {

    /** Water, power and gas: an outage cannot wait for the next working day. */
    static final Set<Category> UTILITIES = EnumSet.of(Category.WATER_DRAINAGE, Category.POWER_LINES, Category.GAS);

    /** Emergencies in hours, utilities within a day, general matters in working days. */
    public static DeadlinePolicy defaultFor(Category category, Urgency urgency) {
        if (urgency == Urgency.URGENT) {
            return new DeadlinePolicy(DeadlineRule.hours(1), DeadlineRule.hours(2));
        }
        if (UTILITIES.contains(category)) {
            return new DeadlinePolicy(DeadlineRule.hours(4), DeadlineRule.hours(24));
        }
        return new DeadlinePolicy(DeadlineRule.workingDays(1), DeadlineRule.workingDays(5));
    }
}
