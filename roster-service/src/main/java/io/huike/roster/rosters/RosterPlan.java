package io.huike.roster.rosters;

import java.util.List;

/** A planned month: who takes which shift, and what could not be covered. */
public record RosterPlan(List<Assignment> assignments, List<Gap> gaps) {

    public RosterPlan {
        assignments = List.copyOf(assignments);
        gaps = List.copyOf(gaps);
    }
}
