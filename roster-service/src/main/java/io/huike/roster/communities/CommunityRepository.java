package io.huike.roster.communities;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads communities only within the communities the caller may touch, and stores new ones. */
@ApplicationScoped
class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    public Optional<Community> findInScope(String id, Collection<String> communities) {
        return communities.contains(id) ? findByIdOptional(id) : Optional.empty();
    }

    public List<Community> listInScope(Collection<String> communities) {
        return communities.isEmpty() ? List.of() : list("id in ?1 order by id", communities);
    }

    /** Whether any community, in scope or not, has the code: codes are unique across the district. */
    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
