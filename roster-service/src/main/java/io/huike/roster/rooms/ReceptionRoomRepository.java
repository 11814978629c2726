package io.huike.roster.rooms;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reads reception rooms with their shift templates only within the communities the caller may touch. */
@ApplicationScoped
public class ReceptionRoomRepository implements CommunityScopedRepository<ReceptionRoom> {

    public List<ReceptionRoom> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by name, id", community);
    }
}
