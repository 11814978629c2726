package io.huike.reporting.figures;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which figures to compute: for these communities (already checked against the caller's scope), the days from
 * {@code from} to {@code to} inclusive (Asia/Shanghai), optionally one category and one channel, split by a
 * grouping.
 */
public record FigureQuery(
        Set<String> communities, LocalDate from, LocalDate to, String category, String channel, Grouping groupBy) {}
