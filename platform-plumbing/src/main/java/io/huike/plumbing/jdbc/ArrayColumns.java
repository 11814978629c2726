package io.huike.plumbing.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;

/**
 * Binds one column of many rows as a single array parameter, so that a statement reading the arrays back with
 * {@code unnest} (or {@code = any(?)}) writes or finds a whole batch at once, whatever its size.
 */
public final class ArrayColumns {

    private ArrayColumns() {}

    /**
     * Sets parameter {@code index} to the array of {@code column} over the rows, in their order, as PostgreSQL type
     * {@code sqlType} ({@code "text"}, {@code "uuid"}, {@code "bigint"}).
     */
    public static <T> void bind(
            PreparedStatement statement, int index, String sqlType, Collection<T> rows, Function<? super T, ?> column)
            throws SQLException {
        statement.setArray(
                index,
                statement
                        .getConnection()
                        .createArrayOf(sqlType, rows.stream().map(column).toArray()));
    }
}
