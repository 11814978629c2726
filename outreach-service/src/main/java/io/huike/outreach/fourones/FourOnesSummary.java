package io.huike.outreach.fourones;

import io.huike.outreach.pairings.ActivityKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four ones of many pairings in one year, e.g. a member's or a community's.
 *
 * @param pairings the pairings that run in the year
 * @param complete those that did all four
 * @param doneByKind how many pairings did each of the four
 * @param onesDone the ones done, at most four per pairing
 * @param onesOwed the ones not done yet
 * @param percentDone onesDone of all ones owed in the year, rounded down; 100 when there is no pairing
 */
public record FourOnesSummary(
        int pairings,
        int complete,
        Map<ActivityKind, Integer> doneByKind,
        int onesDone,
        int onesOwed,
        int percentDone) {

    public static FourOnesSummary of(Collection<FourOnesYear> years) {
        Map<ActivityKind, Integer> byKind = new EnumMap<>(ActivityKind.class);
        FourOnesYear.FOUR.forEach(kind -> byKind.put(kind, 0));
        int pairings = 0;
        int complete = 0;
        int done = 0;
        for (FourOnesYear year : years) {
            if (!year.runsInYear()) {
                continue;
            }
            pairings++;
            complete += year.complete() ? 1 : 0;
            done += year.done().size();
            year.done().keySet().forEach(kind -> byKind.merge(kind, 1, Integer::sum));
        }
        int due = pairings * FourOnesYear.FOUR.size();
        int percent = due == 0 ? 100 : done * 100 / due;
        return new FourOnesSummary(pairings, complete, byKind, done, due - done, percent);
    }
}
