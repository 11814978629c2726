package io.huike.reporting.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks communities by one rate, highest first. Equal rates share a rank and the next rank is skipped (1, 2, 2,
 * 4); a community where nothing counts towards the rate (no rate) comes last, unranked.
 */
public final class Ranking {

    /** One community's place; {@code rank} is null when it has no rate. */
    public record Place(Integer rank, String communityId, String name, Double rate) {}

    private Ranking() {}

    public static List<Place> rank(List<FigureRow> communities, Function<Figures, Double> rate) {
        List<FigureRow> sorted = new ArrayList<>(communities);
        sorted.sort(Comparator.comparing(
                        (FigureRow row) -> rate.apply(row.figures()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(FigureRow::key));
        List<Place> places = new ArrayList<>();
        Integer rank = null;
        Double previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            FigureRow row = sorted.get(i);
            Double value = rate.apply(row.figures());
            if (value != null && !value.equals(previous)) {
                rank = i + 1;
            }
            previous = value;
            places.add(new Place(value == null ? null : rank, row.key(), row.name(), value));
        }
        return places;
    }
}
