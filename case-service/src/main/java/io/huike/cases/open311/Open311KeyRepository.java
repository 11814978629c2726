package io.huike.cases.open311;

import io.huike.plumbing.scoping.CommunityScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The Open311 keys of each community. */
@ApplicationScoped
public class Open311KeyRepository implements CommunityScopedRepository<Open311Key> {

    public List<Open311Key> ofCommunity(String community) {
        return list("communityId = ?1 order by issuedAt, id", community);
    }

    public Optional<Open311Key> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }
}
