package io.huike.plumbing.problems;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/** Recognises a write refused by a unique index: two requests raced for one identity and this one lost. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    /** Whether {@code error} was caused by a unique violation of any index. */
    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code error} was caused by a unique violation of the named index. */
    public static boolean causedBy(Throwable error, String index) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getServerErrorMessage() != null
                    && index.equals(sql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
