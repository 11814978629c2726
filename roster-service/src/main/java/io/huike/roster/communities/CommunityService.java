package io.huike.roster.communities;

import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Registers and changes the district's communities and draws their grids, publishing {@code community.registered},
 * {@code community.updated} and {@code grid.drawn} in the same transaction.
 */
@ApplicationScoped
public class CommunityService {

    private final CommunityRepository communities;
    private final GridRepository grids;
    private final Outbox outbox;

    CommunityService(CommunityRepository communities, GridRepository grids, Outbox outbox) {
        this.communities = communities;
        this.grids = grids;
        this.outbox = outbox;
    }

    @Transactional
    public Community register(String id, String name, String code, String subdistrict, String district) {
        if (communities.findByIdOptional(id).isPresent()) {
            throw new Conflict(
                    "community-exists", "Community '" + id + "' is already registered", Map.of("communityId", id));
        }
        if (communities.codeTaken(code)) {
            throw new Conflict(
                    "community-code-taken", "Code '" + code + "' belongs to another community", Map.of("code", code));
        }
        Community community = Community.register(
                id, name, code, subdistrict, district, Instant.now().truncatedTo(ChronoUnit.MICROS));
        communities.persist(community);
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
        Community community = get(id, scope);
        StaleVersion.check(expectedVersion, community.version());
        CommunityUpdated updated = community.update(name, subdistrict, district);
        outbox.append(community.id(), community.id(), community.sequence(), updated);
        // Flushed here so that the caller reads the new version for the ETag.
        communities.flush();
        return community;
    }

    @Transactional
    public Grid drawGrid(String community, Collection<String> scope, String id, String name, String description) {
        get(community, scope);
        if (grids.findInCommunity(community, id).isPresent()) {
            throw new Conflict(
                    "grid-exists", "Community '" + community + "' already has grid '" + id + "'", Map.of("gridId", id));
        }
        Grid grid = Grid.draw(community, id, name, description);
        grids.persist(grid);
        // A grid id is unique only within its community, so the event's key names both; grids never change.
        outbox.append(community + "/" + id, community, 1, new GridDrawn(community, id, name));
        return grid;
    }

    /** A community in the caller's scope, or 404. */
    @Transactional
    public Community get(String id, Collection<String> scope) {
        return communities.findInScope(id, scope).orElseThrow(() -> new NotFound("No community '" + id + "'"));
    }

    @Transactional
    public List<Community> list(Collection<String> scope) {
        return communities.listInScope(scope);
    }

    /** A grid of a community in the caller's scope, or 404. */
    @Transactional
    public Grid grid(String community, Collection<String> scope, String id) {
        get(community, scope);
        return grids.findInCommunity(community, id)
                .orElseThrow(() -> new NotFound("No grid '" + id + "' in community '" + community + "'"));
    }

    @Transactional
    public List<Grid> grids(String community, Collection<String> scope) {
        return grids.listInScope(community, scope);
    }
}
