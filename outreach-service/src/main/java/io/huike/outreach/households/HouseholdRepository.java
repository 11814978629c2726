package io.huike.outreach.households;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads households only within the communities the caller may touch; there is no unscoped finder. */
@ApplicationScoped
public class HouseholdRepository implements CommunityScopedRepository<Household> {

    /** The household if it belongs to {@code community} and the caller's scope covers that community. */
    public List<Household> listInScope(
            String community, Collection<String> communities, String gridId, int page, int size) {
        if (!communities.contains(community)) {
            return List.of();
        }
        var query = gridId == null
                ? find("communityId = ?1", Sort.ascending("name", "id"), community)
                : find("communityId = ?1 and gridId = ?2", Sort.ascending("name", "id"), community, gridId);
        return query.page(Page.of(page, size)).list();
    }

    /** The names of some households, for lists that show whom a pairing or a visit is about. */
    public Map<UUID, String> namesInScope(String community, Collection<String> communities, Collection<UUID> ids) {
        if (!communities.contains(community) || ids.isEmpty()) {
            return Map.of();
        }
        return find("communityId = ?1 and id in ?2", community, ids).stream()
                .collect(Collectors.toMap(Household::id, Household::name));
    }

    /** A community's active households, for the cadence tasks. */
    public List<Household> activeInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list(
                "communityId = ?1 and status = ?2", Sort.ascending("name", "id"), community, HouseholdStatus.ACTIVE);
    }

    /** The active households of some grids, for a visit campaign that targets whole grids. */
    public List<Household> activeInGrids(String community, Collection<String> communities, Collection<String> grids) {
        if (!communities.contains(community) || grids.isEmpty()) {
            return List.of();
        }
        return find(
                        "communityId = ?1 and gridId in ?2 and status = ?3",
                        Sort.ascending("name", "id"),
                        community,
                        grids,
                        HouseholdStatus.ACTIVE)
                .list();
    }
}
