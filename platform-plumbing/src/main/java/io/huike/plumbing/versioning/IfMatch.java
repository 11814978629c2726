package io.huike.plumbing.versioning;

import io.huike.plumbing.problems.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Reads the version a caller last saw from an {@code If-Match} header, for optimistic locking: the services send a
 * record's version as its ETag and refuse an update that does not name the version it changes.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The version named by the header ({@code "3"}, {@code W/"3"} or {@code 3}); 428 without one, 412 if unreadable. */
    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag of the version you are changing");
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match " + header + " names no version of this record");
        }
    }

    /** The ETag a record's version is sent as; callers send it back in If-Match. */
    public static EntityTag tagOf(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
