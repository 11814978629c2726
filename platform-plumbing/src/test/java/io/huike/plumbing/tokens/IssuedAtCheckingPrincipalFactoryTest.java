package io.huike.plumbing.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuedAtCheckingPrincipalFactoryTest {

    private static final String ISSUER = "https://id.example/realms/huike";

    private final IssuedAtCheckingPrincipalFactory factory = new IssuedAtCheckingPrincipalFactory();
    private KeyPair keys;
    private JWTAuthContextInfo context;

    @BeforeEach
    void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        context = new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), ISSUER);
        context.setClockSkew(0);
    }

    @Test
    void aTokenAcceptedOnceIsAcceptedAgainAsTheSameMember() throws Exception {
        String token = token("m-wang", Instant.now(), Instant.now().plusSeconds(300));

        assertThat(factory.parse(token, context).getSubject()).isEqualTo("m-wang");
        assertThat(factory.parse(token, context).getSubject()).isEqualTo("m-wang");
    }

    @Test
    void aTokenAlteredAfterItsOriginalWasAcceptedIsRefused() throws Exception {
        String token = token("m-wang", Instant.now(), Instant.now().plusSeconds(300));
        factory.parse(token, context);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "."
                + Jwt.claims()
                        .subject("m-li")
                        .issuer(ISSUER)
                        .issuedAt(Instant.now())
                        .expiresAt(Instant.now().plusSeconds(300))
                        .sign(keys.getPrivate())
                        .split("\\.")[1]
                + "." + parts[2];

        assertThatThrownBy(() -> factory.parse(forged, context)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenAcceptedOnceIsRefusedOnceItExpires() throws Exception {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = token("m-wang", Instant.now(), expiry);
        factory.parse(token, context);

        while (Instant.now().getEpochSecond() <= expiry.getEpochSecond()) {
            Thread.sleep(100);
        }

        assertThatThrownBy(() -> factory.parse(token, context)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String token =
                token("m-wang", Instant.now().plusSeconds(120), Instant.now().plusSeconds(300));

        assertThatThrownBy(() -> factory.parse(token, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> factory.parse(token, context)).isInstanceOf(ParseException.class);
    }

    private String token(String subject, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign(keys.getPrivate());
    }
}
