package io.huike.workbench.roster;

import java.util.Arrays;
import java.util.Optional;

/** What the roster page confirms after a form succeeded; the slug travels in the {@code done} query parameter. */
public enum RosterDone {
    GENERATED("generated"),
    SWAP_ASKED("swap-asked"),
    SWAP_ACCEPTED("swap-accepted"),
    SWAP_DECLINED("swap-declined"),
    SWAP_APPROVED("swap-approved"),
    CHECKED_IN("checked-in"),
    CHECKED_OUT("checked-out");

    private final String slug;

    RosterDone(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<RosterDone> ofSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
