package io.huike.reporting.outreach;

import io.huike.reporting.Rates;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The four ones (四个一) a pairing owes every year: one heart-to-heart talk, one home visit with support, one
 * reception interview and one delivery of study material. A pairing owes them for a year when it ran on any day of
 * it; it has completed them when it did each of the four at least once in that year.
 */
public final class FourOnes {

    public static final Set<String> KINDS =
            Set.of("HEART_TO_HEART_TALK", "HOME_VISIT_WITH_SUPPORT", "RECEPTION_INTERVIEW", "STUDY_DELIVERY");

    private final Year year;
    private long owing;
    private long complete;
    private final Map<String, Long> pairingsByKindDone = new TreeMap<>();

    public FourOnes(Year year) {
        this.year = year;
        KINDS.forEach(kind -> pairingsByKindDone.put(kind, 0L));
    }

    /** Whether a pairing with these dates owes the four ones in the year; without a start it is not known yet. */
    public boolean owes(LocalDate start, LocalDate end) {
        return start != null
                && !start.isAfter(year.atDay(year.length()))
                && (end == null || !end.isBefore(year.atDay(1)));
    }

    /** Adds a pairing that owes them, with the kinds of activity it did in the year. */
    public void add(Collection<String> kindsDone) {
        owing++;
        Set<String> four = new java.util.HashSet<>(kindsDone);
        four.retainAll(KINDS);
        four.forEach(kind -> pairingsByKindDone.merge(kind, 1L, Long::sum));
        if (four.size() == KINDS.size()) {
            complete++;
        }
    }

    public FourOnesProgress progress(String communityId) {
        return new FourOnesProgress(
                communityId,
                year.getValue(),
                owing,
                complete,
                Rates.ratio(complete, owing, 4),
                Map.copyOf(pairingsByKindDone));
    }
}
