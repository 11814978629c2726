package io.huike.roster.communities;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.plumbing.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district's communities and their grids; registering or changing a community publishes
 * {@code community.registered} or {@code community.updated}, drawing a grid {@code grid.drawn}.
 */
@ApplicationScoped
public class CommunityDirectory implements PanacheRepositoryBase<Community, String> {

    private final Outbox outbox;

    CommunityDirectory(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Community register(String id, String name, String code, String subdistrict, String district) {
        if (findByIdOptional(id).isPresent()) {
            throw new Conflict(
                    "community-exists", "Community '" + id + "' is already registered", Map.of("communityId", id));
        }
        if (count("code", code) > 0) {
            throw new Conflict(
                    "community-code-taken", "Code '" + code + "' belongs to another community", Map.of("code", code));
        }
        Community community = Community.register(
                id, name, code, subdistrict, district, Instant.now().truncatedTo(ChronoUnit.MICROS));
        persist(community);
        outbox.append(community.id(), community.id(), community.sequence(), community.registeredEvent());
        return community;
    }

    @Transactional
    public Community update(
            String id,
            Collection<String> scope,
            long expectedVersion,
            String name,
            String subdistrict,
            String district) {
        Community community = require(id, scope);
        StaleVersion.check(expectedVersion, community.version());
        CommunityUpdated updated = community.update(name, subdistrict, district);
        outbox.append(community.id(), community.id(), community.sequence(), updated);
        flush();
        return community;
    }

    @Transactional
    public Grid drawGrid(String community, Collection<String> scope, String id, String name, String description) {
        require(community, scope);
        if (getEntityManager().find(Grid.class, new Grid.Key(community, id)) != null) {
            throw new Conflict(
                    "grid-exists", "Community '" + community + "' already has grid '" + id + "'", Map.of("gridId", id));
        }
        Grid grid = Grid.draw(community, id, name, description);
        getEntityManager().persist(grid);
        // A grid id is unique only within its community, so the event's key names both; grids never change.
        outbox.append(community + "/" + id, community, 1, new GridDrawn(community, id, name));
        return grid;
    }

    public List<Grid> gridsInScope(String community, Collection<String> scope) {
        if (!scope.contains(community)) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("from Grid where key.communityId = ?1 order by key.id", Grid.class)
                .setParameter(1, community)
                .getResultList();
    }

    /** A community in the caller's scope, or 404. */
    public Community require(String id, Collection<String> scope) {
        return findInScope(id, scope).orElseThrow(() -> new NotFound("No community '" + id + "'"));
    }

    public Optional<Community> findInScope(String id, Collection<String> communities) {
        return communities.contains(id) ? findByIdOptional(id) : Optional.empty();
    }

    public List<Community> listInScope(Collection<String> communities) {
        return communities.isEmpty() ? List.of() : list("id in ?1 order by id", communities);
    }
}
