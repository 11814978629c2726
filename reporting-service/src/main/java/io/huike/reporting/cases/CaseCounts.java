package io.huike.reporting.cases;

import java.util.Map;

/**
 * Case figures of one community.
 *
 * @param registered every case registered, from any channel
 * @param open cases not yet closed
 */
public record CaseCounts(
        String communityId, long registered, long open, Map<String, Long> byCategory, Map<String, Long> byChannel) {}
