package io.huike.workbench.layout;

import io.huike.kernel.roles.Roles;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The pages the navigation and the home page link to, each with the roles that may open it. A page's resource
 * declares the same roles in {@code @RolesAllowed} ({@code DestinationRolesTest} holds the two together), so that
 * nobody is shown a link that ends in a refusal. Pages open to everyone list no roles.
 */
public enum Destination {
    DESK("/desk", Msg::navDesk, Msg::aboutDesk, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    PAPER_LOG(
            "/paper-log",
            Msg::navPaperLog,
            Msg::aboutPaperLog,
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN),
    OUTREACH(
            "/outreach",
            Msg::navOutreach,
            Msg::aboutOutreach,
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN),
    MY_CASES(
            "/cases/mine",
            Msg::navMyCases,
            Msg::aboutMyCases,
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN),
    CASE_QUEUE(
            "/cases",
            Msg::navQueue,
            Msg::aboutQueue,
            Roles.DUTY_MEMBER,
            Roles.CASE_HANDLER,
            Roles.COMMUNITY_ADMIN,
            Roles.DISTRICT_SUPERVISOR),
    ROSTER("/roster", Msg::navRoster, Msg::aboutRoster, Roles.DUTY_MEMBER, Roles.CASE_HANDLER, Roles.COMMUNITY_ADMIN),
    ADMIN("/admin", Msg::navAdmin, Msg::aboutAdmin, Roles.COMMUNITY_ADMIN),
    DISTRICT("/district", Msg::navDistrict, Msg::aboutDistrict, Roles.DISTRICT_SUPERVISOR),
    STATUS("/status", Msg::navStatus, Msg::aboutStatus);

    private final String path;
    private final Function<Msg, String> label;
    private final Function<Msg, String> description;
    private final Set<String> roles;

    Destination(String path, Function<Msg, String> label, Function<Msg, String> description, String... roles) {
        this.path = path;
        this.label = label;
        this.description = description;
        this.roles = Set.of(roles);
    }

    public String path() {
        return path;
    }

    /** The roles that may open the page; empty for a page open to everyone. */
    public Set<String> roles() {
        return roles;
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public String label(Msg msg) {
        return label.apply(msg);
    }

    public String description(Msg msg) {
        return description.apply(msg);
    }

    /** The pages a user with these roles may open, in the navigation's order. */
    public static List<Destination> openTo(Set<String> userRoles) {
        return java.util.Arrays.stream(values())
                .filter(d -> d.isPublic() || d.roles.stream().anyMatch(userRoles::contains))
                .toList();
    }

    /** Whether a request path is this page or one below it ({@code /cases/123} is under the queue). */
    boolean covers(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
