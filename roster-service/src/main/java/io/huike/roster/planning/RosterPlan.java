package io.huike.roster.planning;

import java.util.List;

/** A planned month: who takes which shift, and what could not be covered. */
record RosterPlan(List<Assignment> assignments, List<Gap> gaps) {

    RosterPlan {
        assignments = List.copyOf(assignments);
        gaps = List.copyOf(gaps);
    }
}
