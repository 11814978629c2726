package io.huike.reporting;

import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** Reads the values of native query rows, which the driver hands over as JDBC or java.time types. */
public final class NativeRows {

    private NativeRows() {}

    /** The rows of a native query of more than one column, each read by the given row mapper. */
    public static <T> List<T> list(Query query, Function<Object[], T> mapper) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(mapper).toList();
    }

    /** A count or sum, whichever integer type the driver gives it. */
    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamp; null stays null. */
    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** A date; null stays null. */
    public static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
