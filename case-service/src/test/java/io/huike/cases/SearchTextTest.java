package io.huike.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void chineseTextIsCutIntoOverlappingPairsWithoutPunctuation() {
        assertThat(SearchText.bigrams("污水管道，堵塞")).containsExactly("污水", "水管", "管道", "道堵", "堵塞");
    }

    @Test
    void aQueryMatchesTextThatContainsAllItsPieces() {
        var text = SearchText.bigrams("杨先生家门口污水管道堵塞");

        assertThat(text).containsAll(SearchText.bigrams("污水管道"));
        assertThat(text).containsAll(SearchText.bigrams("管道 堵塞"));
        assertThat(text).doesNotContainAnyElementsOf(SearchText.bigrams("天然气"));
    }

    @Test
    void latinTextIsCaseInsensitive() {
        assertThat(SearchText.bigrams("Gas")).containsExactly("ga", "as");
    }
}
