package io.huike.plumbing.scoping;

import io.huike.kernel.refusals.NotPermitted;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The communities the caller's token lets it touch, from its {@code communities} claim. Repositories take these as
 * a filter on every query, so a record of another community is never loaded for this caller.
 */
@RequestScoped
public class CallerScope {

    /** Name of the token claim that lists the community ids a caller may touch. */
    public static final String COMMUNITIES_CLAIM = "communities";

    private final JsonWebToken token;
    private Set<String> communities;

    CallerScope(JsonWebToken token) {
        this.token = token;
    }

    public Set<String> communities() {
        if (communities == null) {
            communities = readCommunities(token.getClaim(COMMUNITIES_CLAIM));
        }
        return communities;
    }

    public boolean covers(String community) {
        return community != null && communities().contains(community);
    }

    /** Refuses a request that names a community outside the token; nothing is read or written before this. */
    public void require(String community) {
        if (!covers(community)) {
            throw new NotPermitted("Community '" + community + "' is not in the caller's scope");
        }
    }

    /** Who acts, for the records that keep an author. */
    public String subject() {
        return token.getName() != null ? token.getName() : token.getSubject();
    }

    private static Set<String> readCommunities(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .filter(value -> value.getValueType() == JsonValue.ValueType.STRING)
                    .map(value -> ((JsonString) value).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (claim instanceof String single) {
            return Set.of(single);
        }
        return Set.of();
    }
}
