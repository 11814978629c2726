package io.huike.cases.webhooks;

import io.huike.cases.webhooks.client.WebhookPoster;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.plumbing.events.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records the deliveries events owe to subscriptions, and sends them from the database: the consumers only record,
 * so a slow or dead receiver never holds up reading the topics. A delivery waits while an earlier one of the same
 * subject to the same subscription is pending, so one aggregate's events arrive in order.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    /**
     * One due delivery whose subject has no earlier pending one, locked; SKIP LOCKED lets several instances send side
     * by side, and the earlier delivery another instance holds still counts as pending, so order holds across them.
     */
    private static final String NEXT_DUE = "select d.id, d.subscription_id, d.body, d.attempts"
            + " from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
            + " where d.status = 'PENDING' and d.next_attempt_at <= ?1 and s.status = 'ACTIVE'"
            + " and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id"
            + " and e.subject = d.subject and e.status = 'PENDING' and e.position < d.position)"
            + " order by d.next_attempt_at, d.position limit 1 for update of d skip locked";

    private final EntityManager entityManager;
    private final WebhookPoster poster;
    private final WebhookAddresses addresses;
    private final RetrySchedule retries;
    private final WebhookSettings settings;

    WebhookDeliveries(
            EntityManager entityManager,
            WebhookPoster poster,
            WebhookAddresses addresses,
            RetrySchedule retries,
            WebhookSettings settings) {
        this.entityManager = entityManager;
        this.poster = poster;
        this.addresses = addresses;
        this.retries = retries;
        this.settings = settings;
    }

    /**
     * Records a delivery of the event, exactly as read from its topic, to each subscription of its community that
     * takes its type and is not disabled. An event read again is not recorded twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EventEnvelope event, String body, Instant now) {
        entityManager
                .createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, event_type, subject,"
                        + " sequence, body, status, attempts, next_attempt_at, recorded_at)"
                        + " select gen_random_uuid(), s.id, ?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6"
                        + " from webhook_subscription s"
                        + " where s.community_id = ?7 and s.status <> 'DISABLED' and ?2 = any (s.event_types)"
                        + " order by s.id on conflict (subscription_id, event_id) do nothing")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.subject())
                .setParameter(4, event.sequence())
                .setParameter(5, body)
                .setParameter(6, now)
                .setParameter(7, event.community())
                .executeUpdate();
    }

    @Scheduled(
            every = "${huike.webhooks.send-every}",
            delayed = "${huike.webhooks.send-delayed}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (int i = 0; i < settings.batchSize(); i++) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            // One transaction per delivery, holding its row while it is sent: at most the two timeouts long.
            boolean sent = QuarkusTransaction.requiringNew()
                    .timeout((int) settings.connectTimeout()
                            .plus(settings.responseTimeout())
                            .plus(Duration.ofSeconds(30))
                            .toSeconds())
                    .call(() -> sendNext(now));
            if (!sent) {
                return;
            }
        }
    }

    /** Sends the next due delivery, if there is one; returns whether there was. */
    boolean sendNext(Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> due = entityManager
                .createNativeQuery(NEXT_DUE, Tuple.class)
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Tuple row = due.get(0);
        UUID id = row.get(0, UUID.class);
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, row.get(1, UUID.class));
        String body = (String) row.get(2);
        int attempts = ((Number) row.get(3)).intValue() + 1;

        long started = System.nanoTime();
        WebhookPoster.Answer answer = send(subscription, id.toString(), body, now);
        long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant after = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager
                .createNativeQuery("insert into webhook_attempt (delivery_id, attempted_at, http_status, latency_ms,"
                        + " error) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, now)
                .setParameter(3, answer.status())
                .setParameter(4, latency)
                .setParameter(5, answer.error() == null ? null : truncate(answer.error()))
                .executeUpdate();
        if (answer.delivered()) {
            update(id, "DELIVERED", attempts, now, after);
            return true;
        }
        Optional<Instant> next = retries.nextAttempt(attempts, after);
        if (next.isPresent()) {
            update(id, "PENDING", attempts, next.get(), null);
        } else {
            update(id, "FAILED", attempts, now, null);
            subscription.markFailing();
            LOG.warnf(
                    "Webhook delivery %s to subscription %s failed after %d attempts (%s); the subscription is failing",
                    id, subscription.id(), attempts, answer.error());
        }
        return true;
    }

    private WebhookPoster.Answer send(WebhookSubscription subscription, String webhookId, String body, Instant now) {
        URI url;
        try {
            // Again before each send: the name may resolve to an internal address by now.
            url = addresses.check(subscription.url());
        } catch (InvalidInput refused) {
            return new WebhookPoster.Answer(null, refused.violations().get(0).message());
        }
        long timestamp = now.getEpochSecond();
        String signatures = String.join(
                " ",
                subscription.signingSecrets(now).stream()
                        .map(secret -> WebhookSignature.sign(secret, webhookId, timestamp, body))
                        .toList());
        return poster.post(
                url,
                Map.of(
                        "webhook-id", webhookId,
                        "webhook-timestamp", Long.toString(timestamp),
                        "webhook-signature", signatures),
                body);
    }

    private void update(UUID id, String status, int attempts, Instant next, Instant deliveredAt) {
        entityManager
                .createNativeQuery("update webhook_delivery set status = ?1, attempts = ?2, next_attempt_at = ?3,"
                        + " delivered_at = ?4 where id = ?5")
                .setParameter(1, status)
                .setParameter(2, attempts)
                .setParameter(3, next)
                .setParameter(4, deliveredAt)
                .setParameter(5, id)
                .executeUpdate();
    }

    private static String truncate(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
