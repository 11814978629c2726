package io.huike.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Communities ranked by a rate: shared ranks, and no rate last. */
class RankingTest {

    @Test
    void equalRatesShareARankAndCommunitiesWithoutARateComeLast() {
        List<FigureRow> rows = List.of(row("a", 0.5), row("b", null), row("c", 0.9), row("d", 0.5), row("e", 0.1));

        List<Ranking.Place> places = Ranking.rank(rows, Figures::responseRate);

        assertThat(places).extracting(Ranking.Place::communityId).containsExactly("c", "a", "d", "e", "b");
        assertThat(places).extracting(Ranking.Place::rank).containsExactly(1, 2, 2, 4, null);
    }

    private static FigureRow row(String community, Double responseRate) {
        return new FigureRow(
                community,
                community,
                new Figures(
                        0,
                        0,
                        0,
                        0,
                        Map.of(),
                        null,
                        null,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        responseRate,
                        0,
                        0,
                        null,
                        0,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
