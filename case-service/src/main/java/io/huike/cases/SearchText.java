package io.huike.cases;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text search that works for Chinese: text is cut into overlapping two-character pieces (bigrams) after dropping
 * spaces and punctuation, so "污水管道" matches a description containing "小区污水管道堵塞" without a word list.
 * A query matches a case whose pieces include all of the query's pieces.
 */
public final class SearchText {

    private SearchText() {}

    public static Set<String> bigrams(String text) {
        Set<String> pieces = new LinkedHashSet<>();
        if (text == null) {
            return pieces;
        }
        int[] codePoints = text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .toArray();
        if (codePoints.length == 1) {
            pieces.add(new String(codePoints, 0, 1));
        }
        for (int i = 0; i + 1 < codePoints.length; i++) {
            pieces.add(new String(codePoints, i, 2));
        }
        return pieces;
    }
}
