package io.huike.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads cases only within the communities the caller may touch; there is no unscoped finder. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    public Optional<Case> findInScope(UUID id, Collection<String> communities) {
        if (communities.isEmpty()) {
            return Optional.empty();
        }
        return find("id = ?1 and communityId in ?2", id, communities).firstResultOptional();
    }

    public List<Case> listForCommunity(String community, int page, int size) {
        return find("communityId", Sort.descending("registeredAt"), community).page(Page.of(page, size)).list();
    }
}
