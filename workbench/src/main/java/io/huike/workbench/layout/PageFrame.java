package io.huike.workbench.layout;

import io.huike.workbench.session.CommunityNames;
import io.huike.workbench.session.CurrentCommunity;
import io.huike.workbench.session.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts a page into the layout: every page's resource returns {@code frame.render(Templates.page(...))}, which adds
 * the {@link Chrome} (header, navigation, switches) and renders in the user's language.
 */
@RequestScoped
public class PageFrame {

    private final LanguageChoice language;
    private final SignedInUser user;
    private final CurrentCommunity community;
    private final CommunityNames names;
    private final HttpServerRequest request;

    PageFrame(
            LanguageChoice language,
            SignedInUser user,
            CurrentCommunity community,
            CommunityNames names,
            HttpServerRequest request) {
        this.language = language;
        this.user = user;
        this.community = community;
        this.names = names;
        this.request = request;
    }

    /** The page with the layout's data, in the user's language. */
    public TemplateInstance render(TemplateInstance page) {
        return page.data("chrome", chrome(true)).setLocale(language.locale());
    }

    /**
     * An error page in the layout, without the community switcher's form: a request refused before it reached a
     * page (a role that may not open it) has no CSRF token to put in a form.
     */
    public TemplateInstance renderWithoutForms(TemplateInstance page) {
        return page.data("chrome", chrome(false)).setLocale(language.locale());
    }

    /**
     * A piece of a page that htmx puts into a page already shown: in the user's language, without the layout (and
     * without asking anything the layout needs).
     */
    public TemplateInstance fragment(TemplateInstance piece) {
        return piece.setLocale(language.locale());
    }

    public Language language() {
        return language.language();
    }

    /** The messages in the user's language, for text made in Java. */
    public Msg messages() {
        return language.messages();
    }

    /** The name of the community the user works in; empty for nobody signed in or no community. */
    public String communityName() {
        if (!user.signedIn()) {
            return "";
        }
        return community.id().map(id -> names.nameOf(id, user.communities())).orElse("");
    }

    Chrome chrome(boolean forms) {
        Msg msg = language.messages();
        String returnTo = returnTo();
        String path = pathOf(returnTo);
        List<Destination> open = Destination.openTo(user.signedIn() ? user.roles() : java.util.Set.of());
        Optional<Destination> current = open.stream()
                .filter(d -> d.covers(path))
                .max(Comparator.comparingInt(d -> d.path().length()));
        List<Chrome.NavLink> navigation = open.stream()
                .map(d ->
                        new Chrome.NavLink(d.path(), d.label(msg), d.description(msg), current.equals(Optional.of(d))))
                .toList();
        Optional<String> chosen = user.signedIn() ? community.id() : Optional.empty();
        List<String> communities = user.signedIn() ? user.communities() : List.of();
        List<Chrome.CommunityOption> options = communities.stream()
                .map(id ->
                        new Chrome.CommunityOption(id, names.nameOf(id, communities), chosen.equals(Optional.of(id))))
                .toList();
        return new Chrome(
                language.language(),
                user.signedIn(),
                forms && options.size() > 1,
                user.signedIn() ? user.displayName() : "",
                chosen.map(id -> names.nameOf(id, communities)).orElse(""),
                options,
                navigation,
                returnTo,
                "/language/" + language.language().other().code() + "?returnTo=" + encode(returnTo),
                "/session/login?returnTo=" + encode(returnTo));
    }

    /**
     * The page to come back to after a switch: this one when it was asked for with GET; after a form was sent, the
     * page the form was on (the Referer, when it is ours), since the form's target may take no GET.
     */
    private String returnTo() {
        if ("GET".equals(request.method().name())) {
            return LocalPaths.safeReturn(request.uri());
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String host = request.getHeader("Host");
                if (host != null && host.equals(from.getRawAuthority())) {
                    String local = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                    return LocalPaths.safeReturn(local);
                }
            } catch (IllegalArgumentException unreadable) {
                // Not a URI: go home instead.
            }
        }
        return "/";
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
