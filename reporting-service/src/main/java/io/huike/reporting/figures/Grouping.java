package io.huike.reporting.figures;

import io.huike.reporting.roster.Community;
import java.time.LocalDate;
import java.time.YearMonth;

/** How figures are split: not at all, by where the cases are, by when, or by what they are about. */
public enum Grouping {
    NONE,
    COMMUNITY,
    SUBDISTRICT,
    DISTRICT,
    DAY,
    MONTH,
    CATEGORY,
    CHANNEL;

    static final String UNKNOWN = "UNKNOWN";

    /** The group a case, event or visit falls in; category and channel are null for a visit. */
    String keyOf(Community community, String category, String channel, LocalDate day) {
        return switch (this) {
            case NONE -> "all";
            case COMMUNITY -> community.communityId();
            case SUBDISTRICT -> orUnknown(community.subdistrict());
            case DISTRICT -> orUnknown(community.district());
            case DAY -> day.toString();
            case MONTH -> YearMonth.from(day).toString();
            case CATEGORY -> category;
            case CHANNEL -> channel;
        };
    }

    /** Whether reception visits and duty shifts, which have no category or channel, can be split this way. */
    boolean splitsBeyondCases() {
        return this != CATEGORY && this != CHANNEL;
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
