package io.huike.outreach.cadence;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reads cadence rules only within the communities the caller may touch. */
@ApplicationScoped
public class CadenceRuleRepository implements CommunityScopedRepository<CadenceRule> {

    /** The rules in force, by household kind. */
    public List<CadenceRule> activeInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 and retiredAt is null", Sort.ascending("householdKind", "createdAt"), community);
    }
}
