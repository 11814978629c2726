package io.huike.roster.swaps;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads swap requests only within the communities the caller may touch, and stores new ones. */
@ApplicationScoped
class SwapRequestRepository implements CommunityScopedRepository<SwapRequest> {

    private static final List<SwapState> OPEN = List.of(SwapState.REQUESTED, SwapState.ACCEPTED);

    /** The community's open requests (requested or accepted), oldest first. */
    public List<SwapRequest> openInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 and state in ?2 order by requestedAt", community, OPEN);
    }

    /** Whether the shift already has an open request; the caller has already found the shift in scope. */
    public boolean openFor(UUID shiftId) {
        return count("shiftId = ?1 and state in ?2", shiftId, OPEN) > 0;
    }
}
