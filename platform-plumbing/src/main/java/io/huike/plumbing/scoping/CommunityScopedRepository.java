package io.huike.plumbing.scoping;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository of records that each belong to one community (a {@code communityId} field): a record is found only
 * within the communities the caller may touch, so another community's id reads as absent.
 */
public interface CommunityScopedRepository<E> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> findInScope(UUID id, String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId = ?2", id, community).firstResultOptional();
    }
}
