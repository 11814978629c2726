package io.huike.workbench.session;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The claims of the signed-in user's token that the pages need: {@code name}, {@code preferred_username},
 * {@code member} and {@code communities}. Read from the access token the identity provider gave the workbench
 * (the OIDC layer verified it when the user signed in, because roles come from it too).
 */
public final class TokenClaims {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    /** No claims at all: nobody is signed in, or the token could not be read. */
    public static final TokenClaims NONE = new TokenClaims(Map.of());

    private final Map<String, Object> claims;

    private TokenClaims(Map<String, Object> claims) {
        this.claims = claims;
    }

    /** The claims in a compact JWT's payload; {@link #NONE} if it is no readable JWT. */
    public static TokenClaims ofJwt(String jwt) {
        if (jwt == null) {
            return NONE;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return NONE;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            return new TokenClaims(JSON.readValue(new String(payload, StandardCharsets.UTF_8), OBJECT));
        } catch (IllegalArgumentException | IOException unreadable) {
            return NONE;
        }
    }

    /** The claims of a token the security layer already parsed. */
    public static TokenClaims of(JsonWebToken token) {
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String name : token.getClaimNames()) {
            Object value = token.getClaim(name);
            if (value != null) {
                claims.put(name, plain(value));
            }
        }
        return new TokenClaims(claims);
    }

    /** A claim as text, if it is present and not blank. */
    public Optional<String> text(String name) {
        Object value = claims.get(name);
        if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return value == null || value.toString().isBlank()
                ? Optional.empty()
                : Optional.of(value.toString().strip());
    }

    /** A claim as a list of texts, in the token's order; a single value is a list of one. */
    public List<String> texts(String name) {
        Object value = claims.get(name);
        List<String> texts = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            for (Object v : values) {
                if (v != null && !v.toString().isBlank()) {
                    texts.add(v.toString().strip());
                }
            }
        } else if (value != null && !value.toString().isBlank()) {
            texts.add(value.toString().strip());
        }
        return List.copyOf(texts);
    }

    /** JSON-P values as the plain Java values Jackson gives for the access token. */
    private static Object plain(Object value) {
        if (value instanceof JsonArray array) {
            List<Object> values = new ArrayList<>();
            for (JsonValue v : array) {
                values.add(plain(v));
            }
            return values;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(TokenClaims::plain).toList();
        }
        return value;
    }
}
