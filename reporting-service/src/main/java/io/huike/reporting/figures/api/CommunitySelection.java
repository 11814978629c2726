package io.huike.reporting.figures.api;

import io.huike.plumbing.scoping.CallerScope;
import io.huike.reporting.communities.Community;
import io.huike.reporting.communities.CommunityDirectory;
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
    private final CommunityDirectory directory;

    CommunitySelection(CallerScope scope, CommunityDirectory directory) {
        this.scope = scope;
        this.directory = directory;
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
                Community c = directory.describe(Set.of(id)).get(id);
                return (subdistrict != null && !subdistrict.equals(c.subdistrict()))
                        || (district != null && !district.equals(c.district()));
            });
        }
        return chosen;
    }
}
