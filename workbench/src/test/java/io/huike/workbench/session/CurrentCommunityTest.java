package io.huike.workbench.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentCommunityTest {

    @Test
    void theChosenCommunityCountsOnlyWhileTheTokenStillNamesIt() {
        assertThat(CurrentCommunity.choose(List.of("gulou", "xincheng"), "xincheng"))
                .contains("xincheng");
        assertThat(CurrentCommunity.choose(List.of("gulou", "xincheng"), "elsewhere"))
                .contains("gulou");
    }

    @Test
    void withoutAChoiceTheFirstCommunityOfTheTokenIsUsed() {
        assertThat(CurrentCommunity.choose(List.of("gulou", "xincheng"), null)).contains("gulou");
        assertThat(CurrentCommunity.choose(List.of(), null)).isEmpty();
    }
}
