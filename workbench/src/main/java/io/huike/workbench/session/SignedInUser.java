package io.huike.workbench.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in: their roles (the {@code groups} claim), their name, their roster member id (the {@code member}
 * claim, which some users lack) and the communities they may see (the {@code communities} claim).
 */
@RequestScoped
public class SignedInUser {

    private final SecurityIdentity identity;
    private TokenClaims claims;

    SignedInUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** Whether the user holds at least one of the roles. */
    public boolean hasAnyRole(Collection<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The name to greet the user by: {@code name}, else {@code preferred_username}, else the principal's name. */
    public String displayName() {
        return claims().text("name")
                .or(() -> claims().text("preferred_username"))
                .orElseGet(() -> signedIn() ? identity.getPrincipal().getName() : "");
    }

    /** The user's member id in the roster, whose cases are "my cases"; absent for users who are no member. */
    public Optional<String> memberId() {
        return claims().text("member");
    }

    /** The communities the user may see, in the token's order; the first is the default one. */
    public List<String> communities() {
        return claims().texts("communities");
    }

    /** The access token the services accept for this user, if signed in through the identity provider. */
    public Optional<String> accessToken() {
        if (!signedIn()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }

    private TokenClaims claims() {
        if (claims == null) {
            claims = accessToken()
                    .map(TokenClaims::ofJwt)
                    .filter(c -> c != TokenClaims.NONE)
                    .orElseGet(() -> identity.getPrincipal() instanceof JsonWebToken token
                            ? TokenClaims.of(token)
                            : TokenClaims.NONE);
        }
        return claims;
    }
}
