package io.huike.reporting.figures.api;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.reporting.cases.CaseFact;
import io.huike.reporting.figures.Grouping;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Checks the period a request asks for; without one, the current month up to today (Asia/Shanghai). */
final class Periods {

    static final int MAX_DAYS = 3 * 366;
    static final int MAX_DAYS_BY_DAY = 366;

    private Periods() {}

    static LocalDate fromOrDefault(LocalDate from) {
        return from != null ? from : YearMonth.now(CaseFact.ZONE).atDay(1);
    }

    static LocalDate toOrDefault(LocalDate to) {
        return to != null ? to : LocalDate.now(CaseFact.ZONE);
    }

    static void check(LocalDate from, LocalDate to, Grouping groupBy) {
        if (to.isBefore(from)) {
            throw new InvalidInput(List.of(new FieldViolation("to", "must not be before from")));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int limit = groupBy == Grouping.DAY ? MAX_DAYS_BY_DAY : MAX_DAYS;
        if (days > limit) {
            throw new InvalidInput(List.of(new FieldViolation(
                    "to",
                    "the period may span at most " + limit + " days" + (groupBy == Grouping.DAY ? " by day" : ""))));
        }
    }
}
