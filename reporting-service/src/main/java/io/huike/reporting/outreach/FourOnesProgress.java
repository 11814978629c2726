package io.huike.reporting.outreach;

import java.util.Map;

/**
 * A community's four ones for a year.
 *
 * @param pairings pairings that owe them (ran on any day of the year)
 * @param complete of those, pairings that did all four in the year
 * @param completionRate complete ÷ pairings, four places; null without pairings
 * @param pairingsByKindDone for each of the four, how many pairings did it at least once
 */
public record FourOnesProgress(
        String communityId,
        int year,
        long pairings,
        long complete,
        Double completionRate,
        Map<String, Long> pairingsByKindDone) {}
