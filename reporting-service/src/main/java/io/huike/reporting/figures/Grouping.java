package io.huike.reporting.figures;

import io.huike.reporting.roster.Community;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The first day of each group a period is split into by time: every day of it, or its first day and the first of
     * each later month; otherwise its first day alone, as the period is one group in time.
     */
    List<LocalDate> periodStarts(LocalDate from, LocalDate to) {
        return switch (this) {
            case DAY -> from.datesUntil(to.plusDays(1)).toList();
            case MONTH -> {
                List<LocalDate> starts = new ArrayList<>();
                for (LocalDate start = from;
                        !start.isAfter(to);
                        start = YearMonth.from(start).plusMonths(1).atDay(1)) {
                    starts.add(start);
                }
                yield starts;
            }
            default -> List.of(from);
        };
    }

    /** Whether the groups follow where things happened, so each community's rows are needed apart. */
    boolean splitsByPlace() {
        return this == COMMUNITY || this == SUBDISTRICT || this == DISTRICT;
    }

    /** Whether reception visits, duty shifts and volunteers, which have no category or channel, split this way. */
    boolean splitsBeyondCases() {
        return this != CATEGORY && this != CHANNEL;
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
