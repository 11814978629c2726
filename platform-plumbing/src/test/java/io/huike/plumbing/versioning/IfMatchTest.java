package io.huike.plumbing.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huike.kernel.refusals.StaleVersion;
import io.huike.plumbing.problems.ProblemException;
import io.huike.plumbing.problems.ProblemMappers;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void strongWeakAndBareTagsNameTheSameVersion() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
        assertThat(IfMatch.version("W/\"3\"")).isEqualTo(3);
        assertThat(IfMatch.version("3")).isEqualTo(3);
    }

    @Test
    void aMissingHeaderIsPreconditionRequiredAnUnreadableOnePreconditionFailedAndAnOldOneStale() {
        assertThatThrownBy(() -> IfMatch.version(null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().getStatus()).isEqualTo(428));
        assertThatThrownBy(() -> IfMatch.version("\"abc\""))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().getStatus()).isEqualTo(412));
        assertThatThrownBy(() -> StaleVersion.check(2, 3))
                .isInstanceOfSatisfying(
                        StaleVersion.class,
                        e -> assertThat(ProblemMappers.problemOf(e).getStatus()).isEqualTo(412));
    }
}
