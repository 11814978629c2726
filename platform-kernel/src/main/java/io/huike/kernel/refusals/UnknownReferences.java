package io.huike.kernel.refusals;

import java.util.List;
import java.util.Map;

/**
 * Refusals of a request that names something this service does not know in the community: a community the roster
 * never registered (not found), or a member, grid, room or record that is unknown or belongs to another community (a
 * broken rule naming the field). Both cases get the same answer, so a caller learns nothing about other communities'
 * records. Thrown before anything is written.
 */
public final class UnknownReferences {

    private UnknownReferences() {}

    /** A community the roster has not registered, or whose registration has not reached this service yet. */
    public static NotFound unknownCommunity(String community) {
        String detail = "Community '" + community + "' is not known (not registered with the roster, or not known yet"
                + " to this service); nothing was written";
        return new NotFound(
                "unknown-community",
                detail,
                List.of(new FieldViolation("community", "not a known community")),
                Map.of("community", community));
    }

    /**
     * A field that names a record (by its kind, e.g. "member") that is not one of the community's.
     *
     * @param field the JSON path of the field at fault, e.g. {@code assigneeId} or {@code matters[1].gridId}
     */
    public static RuleBroken unknownReference(String field, String kind, Object id, String community) {
        return unknownReference("unknown-reference", field, kind, id, community);
    }

    /** The same refusal with a problem type of its own, e.g. {@code unknown-household}, where one is published. */
    public static RuleBroken unknownReference(String slug, String field, String kind, Object id, String community) {
        String detail = "No " + kind + " '" + id + "' in community '" + community + "' (unknown, not known yet, or of"
                + " another community); nothing was written";
        return new RuleBroken(
                slug,
                detail,
                List.of(new FieldViolation(field, "no " + kind + " '" + id + "' in community '" + community + "'")));
    }
}
