package io.huike.workbench.layout;

import java.util.List;

/**
 * What the layout around every page shows: the language and its switch, who is signed in, the community and its
 * switcher, and the navigation the user's roles allow.
 *
 * @param switcher whether to offer the community switcher (a form): the user has several communities, and the page
 *     may carry forms
 * @param returnTo the page to come back to after switching language or community
 */
public record Chrome(
        Language language,
        boolean signedIn,
        boolean switcher,
        String userName,
        String communityName,
        List<CommunityOption> communities,
        List<NavLink> navigation,
        String returnTo,
        String languageSwitchHref,
        String loginHref) {

    /** A link of the navigation; {@code current} marks the page being shown. */
    public record NavLink(String href, String label, String description, boolean current) {}

    /** A community the user may switch to. */
    public record CommunityOption(String id, String name, boolean current) {}
}
