package io.huike.plumbing.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * Parses bearer tokens as SmallRye JWT does (signature, issuer, audience, expiry, the longest lifetime) and also
 * refuses a token issued in the future beyond the allowed clock skew: SmallRye checks {@code exp - iat} against the
 * longest lifetime, so a token dated ahead would otherwise stretch its life past that limit.
 *
 * <p>A token accepted once is accepted again from memory until its {@code exp}: checking its RSA signature took a fifth
 * of case-service's processor time at the desk's busiest, and a member's client sends the same token for minutes. The
 * exact token string is the key, so any other token, altered by one character or not, is checked in full; past its
 * {@code exp} a token is checked in full again, which refuses it once the clock skew is spent too.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class IssuedAtCheckingPrincipalFactory extends DefaultJWTCallerPrincipalFactory {

    /** Tokens of the members busy at the same time, with room to spare; each takes a few kilobytes. */
    static final int REMEMBERED_TOKENS = 2_000;

    private final Cache<String, JWTCallerPrincipal> accepted = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_TOKENS)
            .expireAfter(Expiry.creating((String token, JWTCallerPrincipal principal) -> max(
                    Duration.ZERO,
                    Duration.between(Instant.now(), Instant.ofEpochSecond(principal.getExpirationTime())))))
            .build();

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal remembered = accepted.getIfPresent(token);
        if (remembered != null) {
            return remembered;
        }
        JWTCallerPrincipal principal = super.parse(token, context);
        long latestAllowed = Instant.now().getEpochSecond() + context.getClockSkew();
        if (principal.getIssuedAtTime() > latestAllowed) {
            throw new ParseException("The token's iat lies in the future");
        }
        accepted.put(token, principal);
        return principal;
    }
}
