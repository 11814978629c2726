package io.huike.reporting.figures;

import io.huike.reporting.cases.CaseFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a query asks for, split into the whole months within them, which the month tallies answer, and the days
 * outside those months, which are read case by case. The current month counts as whole once the query reaches
 * today, since no case is registered later than now.
 */
record Period(Optional<Days> months, List<Days> days) {

    /** The days from {@code from} to {@code to}, both included. */
    record Days(LocalDate from, LocalDate to) {

        /** The first day's start in the communities' time zone. */
        Instant start() {
            return from.atStartOfDay(CaseFact.ZONE).toInstant();
        }

        /** The start of the day after the last, so that the days are {@code [start, end)}. */
        Instant end() {
            return to.plusDays(1).atStartOfDay(CaseFact.ZONE).toInstant();
        }
    }

    static Period of(LocalDate from, LocalDate to, LocalDate today) {
        YearMonth firstWhole = from.getDayOfMonth() == 1
                ? YearMonth.from(from)
                : YearMonth.from(from).plusMonths(1);
        YearMonth lastWhole = YearMonth.from(to);
        LocalDate lastNeeded = lastWhole.atEndOfMonth().isBefore(today) ? lastWhole.atEndOfMonth() : today;
        if (to.isBefore(lastNeeded)) {
            lastWhole = lastWhole.minusMonths(1);
        }
        if (firstWhole.isAfter(lastWhole)) {
            return daysOnly(from, to);
        }
        Days months = new Days(firstWhole.atDay(1), lastWhole.atEndOfMonth());
        List<Days> days = new ArrayList<>();
        if (from.isBefore(months.from())) {
            days.add(new Days(from, months.from().minusDays(1)));
        }
        if (to.isAfter(months.to())) {
            days.add(new Days(months.to().plusDays(1), to));
        }
        return new Period(Optional.of(months), days);
    }

    /** Every day read case by case, as a split by day needs. */
    static Period daysOnly(LocalDate from, LocalDate to) {
        return new Period(Optional.empty(), from.isAfter(to) ? List.of() : List.of(new Days(from, to)));
    }
}
