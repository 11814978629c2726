package io.huike.outreach.cadence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads cadence rules only within the communities the caller may touch. */
@ApplicationScoped
public class CadenceRuleRepository implements PanacheRepositoryBase<CadenceRule, UUID> {

    public Optional<CadenceRule> findInScope(UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }

    /** The rules in force, by household kind. */
    public List<CadenceRule> activeInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 and retiredAt is null", Sort.ascending("householdKind", "createdAt"), community);
    }
}
