package io.huike.reporting.figures.api;

import io.huike.plumbing.scoping.CallerScope;
import io.huike.reporting.roster.Community;
import io.huike.reporting.roster.RosterCopy;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The communities a request is about: those named (each must be in the caller's scope), or else every community
 * in scope; narrowed to one subdistrict or district when asked.
 */
@RequestScoped
public class CommunitySelection {

    private final CallerScope scope;
    private final RosterCopy roster;

    CommunitySelection(CallerScope scope, RosterCopy roster) {
        this.scope = scope;
        this.roster = roster;
    }

    public Set<String> select(List<String> named, String subdistrict, String district) {
        Set<String> chosen = new TreeSet<>();
        if (named == null || named.isEmpty()) {
            chosen.addAll(scope.communities());
        } else {
            named.forEach(scope::require);
            chosen.addAll(named);
        }
        if (subdistrict != null || district != null) {
            chosen.removeIf(id -> {
                Community c = roster.describe(Set.of(id)).get(id);
                return (subdistrict != null && !subdistrict.equals(c.subdistrict()))
                        || (district != null && !district.equals(c.district()));
            });
        }
        return chosen;
    }
}
