package io.huike.roster.communities;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads a community's grids, only within the communities the caller may touch, and stores new ones. */
@ApplicationScoped
class GridRepository implements PanacheRepositoryBase<Grid, Grid.Key> {

    /** The grid of the community with the id; the caller has already checked the community is in scope. */
    public Optional<Grid> findInCommunity(String community, String id) {
        return findByIdOptional(new Grid.Key(community, id));
    }

    public List<Grid> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("key.communityId = ?1 order by key.id", community);
    }
}
