package io.huike.roster.members;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads members only within the communities the caller may touch, and stores new ones. */
@ApplicationScoped
public class MemberRepository implements CommunityScopedRepository<Member> {

    public List<Member> listInScope(String community, Collection<String> communities) {
        if (!communities.contains(community)) {
            return List.of();
        }
        return list("communityId = ?1 order by name, id", community);
    }

    /** The member whose calendar feed secret has this hash: the secret itself is the caller's scope. */
    public Optional<Member> findByCalendarFeed(String secretHash) {
        return find("calendarFeedHash", secretHash).firstResultOptional();
    }
}
