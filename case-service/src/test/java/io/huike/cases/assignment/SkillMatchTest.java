package io.huike.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.cases.Category;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillMatchTest {

    @Test
    void theFittingMemberWithFewerOpenCasesTakesTheCase() {
        var onDuty = List.of(
                new SkillMatch.OnDuty("m-busy", Set.of("FACILITIES"), 4),
                new SkillMatch.OnDuty("m-free", Set.of("FACILITIES", "POLICY"), 1),
                new SkillMatch.OnDuty("m-mediator", Set.of("MEDIATION"), 0));

        assertThat(SkillMatch.choose(Category.WATER_DRAINAGE, onDuty)).contains("m-free");
        assertThat(SkillMatch.choose(Category.DISPUTE_MEDIATION, onDuty)).contains("m-mediator");
    }

    @Test
    void withoutAFittingMemberOnDutyNobodyIsChosen() {
        var onDuty = List.of(new SkillMatch.OnDuty("m-policy", Set.of("POLICY"), 0));

        assertThat(SkillMatch.choose(Category.HARDSHIP_RELIEF, onDuty)).isEmpty();
        assertThat(SkillMatch.choose(Category.GAS, List.of())).isEmpty();
    }

    @Test
    void equalCandidatesAreChosenTheSameWayEveryTime() {
        var onDuty = List.of(
                new SkillMatch.OnDuty("m-b", Set.of("HEALTH"), 2),
                new SkillMatch.OnDuty("m-a", Set.of("ELDERLY_CARE"), 2));

        assertThat(SkillMatch.choose(Category.HEALTH, onDuty)).contains("m-a");
        assertThat(SkillMatch.choose(Category.OTHER, onDuty)).contains("m-a");
    }
}
