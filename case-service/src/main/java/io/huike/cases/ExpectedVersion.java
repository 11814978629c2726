package io.huike.cases;

import io.huike.plumbing.problems.FieldViolation;
import io.huike.plumbing.problems.ProblemException;
import java.util.List;

/** The version of a case a caller last saw, from its If-Match header; a change without one is refused. */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** Parses an ETag such as {@code "3"} or {@code W/"3"}; 428 when absent, 400 when not one of ours. */
    public static long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag of the case as you last read it, so no one's change is overwritten");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new FieldViolation("If-Match",
                    "must be an ETag this service gave out")));
        }
    }
}
