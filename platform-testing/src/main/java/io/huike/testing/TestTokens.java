package io.huike.testing;

import io.huike.plumbing.scoping.CallerScope;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Mints the bearer tokens that tests send, signed with the development key the services trust under test. */
public final class TestTokens {

    public static final String ISSUER = "huike-dev";
    /** The audience the services require (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "huike";

    private static PrivateKey devKey;

    private TestTokens() {}

    /** A valid token for the given roles and communities. */
    public static String token(Set<String> roles, List<String> communities) {
        return claims(roles, communities).sign(devKey());
    }

    public static String token(String role, String... communities) {
        return token(Set.of(role), List.of(communities));
    }

    /**
     * The claims of a valid token (subject {@code tester}, an hour's life) for a test to change before it signs them
     * with {@link #sign}: another subject, audience, lifetime or issue time.
     */
    public static JwtClaimsBuilder claims(Set<String> roles, List<String> communities) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("tester")
                .upn("tester")
                .groups(roles)
                .claim(CallerScope.COMMUNITIES_CLAIM, communities)
                .expiresIn(Duration.ofHours(1));
    }

    /** Signs the claims with the development key the services trust under test. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(devKey());
    }

    /** A token that expired an hour ago; everything else about it is valid. */
    public static String expired(String role, String community) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("tester")
                .groups(Set.of(role))
                .claim(CallerScope.COMMUNITIES_CLAIM, List.of(community))
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1)))
                .sign(devKey());
    }

    /** A token signed by a key the services do not trust. */
    public static String signedByStranger(String role, String community) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject("stranger")
                    .groups(Set.of(role))
                    .claim(CallerScope.COMMUNITIES_CLAIM, List.of(community))
                    .expiresIn(Duration.ofHours(1))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.readPrivateKey("dev-keys/private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the development private key", e);
            }
        }
        return devKey;
    }
}
