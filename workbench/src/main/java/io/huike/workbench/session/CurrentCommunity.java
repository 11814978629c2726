package io.huike.workbench.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * The community the user works in on this request: the one chosen with the switcher (a cookie) if the token still
 * names it, else the first of the token's {@code communities}. Empty for a user scoped to none.
 */
@RequestScoped
public class CurrentCommunity {

    /** The cookie the switcher sets. */
    public static final String COOKIE = "huike-community";

    private final SignedInUser user;
    private final HttpHeaders headers;

    CurrentCommunity(SignedInUser user, HttpHeaders headers) {
        this.user = user;
        this.headers = headers;
    }

    public Optional<String> id() {
        Cookie chosen = headers.getCookies().get(COOKIE);
        return choose(user.communities(), chosen == null ? null : chosen.getValue());
    }

    /** The community to work in: the chosen one if the user may see it, else the user's first one. */
    static Optional<String> choose(List<String> communities, String chosen) {
        if (chosen != null && communities.contains(chosen)) {
            return Optional.of(chosen);
        }
        return communities.stream().findFirst();
    }

    /** The community's id, for pages that need one; {@link NoCommunity} when the user is scoped to none. */
    public String require() {
        return id().orElseThrow(NoCommunity::new);
    }

    /** The signed-in user's token names no community: there is nothing to show them. */
    public static class NoCommunity extends RuntimeException {
        public NoCommunity() {
            super("The signed-in user is scoped to no community");
        }
    }
}
