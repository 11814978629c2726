package io.huike.cases.webhooks;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What admins and integrating systems do with a community's webhook subscriptions, and their delivery log. */
@ApplicationScoped
public class WebhookSubscriptions {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookAddresses addresses;
    private final WebhookSettings settings;
    private final EntityManager entityManager;

    WebhookSubscriptions(
            WebhookSubscriptionRepository subscriptions,
            WebhookAddresses addresses,
            WebhookSettings settings,
            EntityManager entityManager) {
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.settings = settings;
        this.entityManager = entityManager;
    }

    /** One attempt at a delivery, as the log shows it. */
    public record Attempt(Instant at, Integer httpStatus, long latencyMillis, String error) {}

    /** One event to one subscription, with its attempts so far. */
    public record Delivery(
            UUID id,
            UUID eventId,
            String eventType,
            String subject,
            long sequence,
            String status,
            int attempts,
            Instant recordedAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            List<Attempt> attemptLog) {}

    @Transactional
    public WebhookSubscription subscribe(
            String community, String url, List<String> eventTypes, String description, String by, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!WebhookEventTypes.ALL.contains(eventTypes.get(i))) {
                violations.add(new FieldViolation(
                        "eventTypes[" + i + "]", "Not an event type of the catalogue: " + eventTypes.get(i)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        addresses.check(url);
        WebhookSubscription subscription = new WebhookSubscription(
                community, url, List.copyOf(new LinkedHashSet<>(eventTypes)), description, by, now);
        subscriptions.persist(subscription);
        entityManager.flush();
        return subscription;
    }

    public List<WebhookSubscription> of(String community) {
        return subscriptions.ofCommunity(community);
    }

    public WebhookSubscription get(String community, UUID id) {
        return subscriptions.require(community, id);
    }

    @Transactional
    public WebhookSubscription disable(String community, UUID id, long version) {
        WebhookSubscription subscription = current(community, id, version);
        subscription.disable();
        entityManager.flush();
        return subscription;
    }

    /** Deliveries resume; those that failed are tried again, before what came after them. */
    @Transactional
    public WebhookSubscription enable(String community, UUID id, long version, Instant now) {
        WebhookSubscription subscription = current(community, id, version);
        subscription.enable();
        entityManager
                .createNativeQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1"
                        + " where subscription_id = ?2 and status = 'FAILED'")
                .setParameter(1, now)
                .setParameter(2, id)
                .executeUpdate();
        entityManager.flush();
        return subscription;
    }

    @Transactional
    public WebhookSubscription rotateSecret(String community, UUID id, long version, Instant now) {
        WebhookSubscription subscription = current(community, id, version);
        subscription.rotateSecret(now.plus(settings.secretOverlap()));
        entityManager.flush();
        return subscription;
    }

    @Transactional
    public void delete(String community, UUID id, long version) {
        subscriptions.delete(current(community, id, version));
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    @Transactional
    public List<Delivery> deliveries(String community, UUID id, int limit) {
        subscriptions.require(community, id);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(
                        "select d.id, d.event_id, d.event_type, d.subject, d.sequence, d.status, d.attempts,"
                                + " d.recorded_at, d.next_attempt_at, d.delivered_at"
                                + " from webhook_delivery d where d.subscription_id = ?1 order by d.position desc limit ?2",
                        Tuple.class)
                .setParameter(1, id)
                .setParameter(2, limit)
                .getResultList();
        Map<UUID, List<Attempt>> attempts = new LinkedHashMap<>();
        rows.forEach(row -> attempts.put(row.get(0, UUID.class), new ArrayList<>()));
        if (!attempts.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Tuple> tried = entityManager
                    .createNativeQuery(
                            "select delivery_id, attempted_at, http_status, latency_ms, error from webhook_attempt"
                                    + " where delivery_id in (?1) order by id",
                            Tuple.class)
                    .setParameter(1, attempts.keySet())
                    .getResultList();
            tried.forEach(a -> attempts.get(a.get(0, UUID.class))
                    .add(new Attempt(
                            instant(a.get(1)),
                            a.get(2) == null ? null : ((Number) a.get(2)).intValue(),
                            ((Number) a.get(3)).longValue(),
                            (String) a.get(4))));
        }
        return rows.stream()
                .map(row -> new Delivery(
                        row.get(0, UUID.class),
                        row.get(1, UUID.class),
                        (String) row.get(2),
                        (String) row.get(3),
                        ((Number) row.get(4)).longValue(),
                        (String) row.get(5),
                        ((Number) row.get(6)).intValue(),
                        instant(row.get(7)),
                        instant(row.get(8)),
                        instant(row.get(9)),
                        attempts.get(row.get(0, UUID.class))))
                .toList();
    }

    /** Puts one delivery back to be sent again now, with a fresh round of retries. */
    @Transactional
    public void redeliver(String community, UUID id, UUID deliveryId, Instant now) {
        subscriptions.require(community, id);
        int updated = entityManager
                .createNativeQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1,"
                        + " delivered_at = null where id = ?2 and subscription_id = ?3")
                .setParameter(1, now)
                .setParameter(2, deliveryId)
                .setParameter(3, id)
                .executeUpdate();
        if (updated == 0) {
            throw new NotFound("No delivery " + deliveryId + " of webhook subscription " + id);
        }
    }

    private WebhookSubscription current(String community, UUID id, long version) {
        WebhookSubscription subscription = subscriptions.require(community, id);
        StaleVersion.check(version, subscription.version());
        return subscription;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
