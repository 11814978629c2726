package io.huike.cases.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A key a community admin issued to one system that speaks Open311 GeoReport v2 to that community (its jurisdiction).
 * Only the key's SHA-256 is kept; revoked keys stay listed, with who revoked them and when.
 */
@Entity
@Table(name = "open311_key")
public class Open311Key {

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected Open311Key() {}

    Open311Key(String communityId, String name, String keyHash, String issuedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.communityId = communityId;
        this.name = name;
        this.keyHash = keyHash;
        this.issuedBy = issuedBy;
        this.issuedAt = now;
    }

    /** Revokes the key from now on; revoking a revoked key changes nothing. */
    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
