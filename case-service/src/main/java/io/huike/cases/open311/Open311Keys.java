package io.huike.cases.open311;

import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.NotPermitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Issues, lists and revokes the keys systems present to the Open311 endpoints, and checks a presented key against the
 * jurisdiction it names. A key is 32 random bytes, written in base64url; only its SHA-256 is stored, so it is shown
 * once, when issued.
 */
@ApplicationScoped
public class Open311Keys {

    /** The one answer to a missing, unknown, revoked or other jurisdiction's key: none tells which it was. */
    public static final String REFUSED = "api_key is not a valid key of this jurisdiction_id";

    private static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Open311KeyRepository keys;

    Open311Keys(Open311KeyRepository keys) {
        this.keys = keys;
    }

    /** A key just issued and the secret itself, which is never available again. */
    public record Issued(Open311Key key, String secret) {}

    @Transactional
    public Issued issue(String community, String name, String by, Instant now) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Open311Key key = new Open311Key(community, name.strip(), hash(secret), by, now);
        keys.persist(key);
        return new Issued(key, secret);
    }

    /** Revokes a key of the community; a key already revoked stays as it was revoked. */
    @Transactional
    public Open311Key revoke(String community, UUID id, String by, Instant now) {
        Open311Key key = keys.find("id = ?1 and communityId = ?2", id, community)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("No Open311 key " + id + " in community " + community));
        key.revoke(by, now);
        return key;
    }

    public List<Open311Key> of(String community) {
        return keys.ofCommunity(community);
    }

    /**
     * The key presented for {@code jurisdiction}, if it is one of its keys and not revoked.
     *
     * @throws NotPermitted otherwise, with one answer for every reason
     */
    @Transactional
    public Open311Key require(String jurisdiction, String presented) {
        if (jurisdiction == null || presented == null || presented.isBlank()) {
            throw new NotPermitted(REFUSED);
        }
        return keys.findByHash(hash(presented.strip()))
                .filter(key -> key.communityId().equals(jurisdiction) && !key.revoked())
                .orElseThrow(() -> new NotPermitted(REFUSED));
    }

    /** The SHA-256 of a key's text, in lower-case hex: what is stored. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
