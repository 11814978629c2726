package io.huike.cases.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A system's subscription to some of a community's event types, delivered to its URL and signed with its secret.
 * While {@code ACTIVE} deliveries go out; {@code FAILING} (a delivery used up its retries) and {@code DISABLED} (by an
 * admin) pause them. Events keep being recorded unless disabled.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Where a subscription stands. */
    public enum Status {
        ACTIVE,
        FAILING,
        DISABLED
    }

    @Id
    private UUID id;

    @Column(name = "community_id", nullable = false, updatable = false)
    private String communityId;

    @Column(nullable = false, updatable = false)
    private String url;

    @Column(name = "event_types", nullable = false, updatable = false, columnDefinition = "text[]")
    private String[] eventTypes;

    @Column(updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private String secret;

    @Column(name = "previous_secret")
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected WebhookSubscription() {}

    WebhookSubscription(
            String communityId, String url, List<String> eventTypes, String description, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.communityId = communityId;
        this.url = url;
        this.eventTypes = eventTypes.toArray(String[]::new);
        this.description = description;
        this.status = Status.ACTIVE;
        this.secret = WebhookSignature.newSecret();
        this.createdAt = now;
        this.createdBy = by;
    }

    void disable() {
        status = Status.DISABLED;
    }

    void enable() {
        status = Status.ACTIVE;
    }

    void markFailing() {
        if (status == Status.ACTIVE) {
            status = Status.FAILING;
        }
    }

    /** A new secret; the one it replaces keeps signing until {@code overlapUntil}. */
    void rotateSecret(Instant overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = WebhookSignature.newSecret();
    }

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one during its overlap. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public UUID id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return List.of(eventTypes);
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public String secret() {
        return secret;
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
