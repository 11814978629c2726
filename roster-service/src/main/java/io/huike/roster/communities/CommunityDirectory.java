package io.huike.roster.communities;

import io.huike.plumbing.outbox.Outbox;
import io.huike.plumbing.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The district's communities; registering one publishes {@code community.registered}. */
@ApplicationScoped
public class CommunityDirectory implements PanacheRepositoryBase<Community, String> {

    private final Outbox outbox;

    CommunityDirectory(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Community register(String id, String name, String code, String subdistrict, String district) {
        if (findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("community-exists", "Community '" + id + "' is already registered",
                    Map.of("communityId", id));
        }
        if (count("code", code) > 0) {
            throw ProblemException.conflict("community-code-taken", "Code '" + code + "' belongs to another community",
                    Map.of("code", code));
        }
        Community community = Community.register(id, name, code, subdistrict, district,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        persist(community);
        outbox.append(community.id(), community.id(), community.sequence(), community.registeredEvent());
        return community;
    }

    public Optional<Community> findInScope(String id, Collection<String> communities) {
        return communities.contains(id) ? findByIdOptional(id) : Optional.empty();
    }

    public List<Community> listInScope(Collection<String> communities) {
        return communities.isEmpty() ? List.of() : list("id in ?1 order by id", communities);
    }
}
