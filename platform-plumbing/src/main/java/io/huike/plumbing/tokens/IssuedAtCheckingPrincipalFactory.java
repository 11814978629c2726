package io.huike.plumbing.tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;

/**
 * Parses bearer tokens as SmallRye JWT does (signature, issuer, audience, expiry, the longest lifetime) and also
 * refuses a token issued in the future beyond the allowed clock skew: SmallRye checks {@code exp - iat} against the
 * longest lifetime, so a token dated ahead would otherwise stretch its life past that limit.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class IssuedAtCheckingPrincipalFactory extends DefaultJWTCallerPrincipalFactory {

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal = super.parse(token, context);
        long latestAllowed = Instant.now().getEpochSecond() + context.getClockSkew();
        if (principal.getIssuedAtTime() > latestAllowed) {
            throw new ParseException("The token's iat lies in the future");
        }
        return principal;
    }
}
