package io.huike.plumbing.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huike.kernel.refusals.Conflict;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.RuleBroken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes a POST from another system safe to retry. The first request with a key claims it; its answer is stored in
 * the same transaction as its effect, so a retry gets exactly that answer and never a second effect. The same key
 * with a different body is refused (422); a retry while the first is still running gets 409. Keys belong to the
 * calling client: two systems may use the same key independently.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** Header a retrying client sends. */
    public static final String HEADER = "Idempotency-Key";
    /** A claim older than this is taken to belong to a request that died before finishing. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    IdempotentRequests(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Runs {@code action} once per client and key, or answers with the stored result of its first run. */
    public Response once(String clientId, String key, Object request, Supplier<Answer> action) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new InvalidInput(
                    List.of(new io.huike.kernel.refusals.FieldViolation(HEADER, "is required, 1 to 200 characters")));
        }
        String fingerprint = fingerprint(request);
        Response earlier = QuarkusTransaction.requiringNew().call(() -> claim(clientId, key, fingerprint));
        if (earlier != null) {
            return earlier;
        }
        try {
            Answer answer = QuarkusTransaction.requiringNew().call(() -> {
                Answer result = action.get();
                complete(clientId, key, result);
                return result;
            });
            return answer.toResponse().build();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew()
                    .run(() -> entityManager
                            .createNativeQuery("""
                    delete from idempotent_request where client_id = ?1 and idempotency_key = ?2 and state = 'IN_FLIGHT'""")
                            .setParameter(1, clientId)
                            .setParameter(2, key)
                            .executeUpdate());
            throw e;
        }
    }

    /** Claims the key, or answers as the earlier request with it requires. Null means: go ahead. */
    private Response claim(String clientId, String key, String fingerprint) {
        int claimed = entityManager
                .createNativeQuery("""
                insert into idempotent_request (client_id, idempotency_key, fingerprint, state, claimed_at)
                values (?1, ?2, ?3, 'IN_FLIGHT', now()) on conflict do nothing""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .executeUpdate();
        if (claimed == 1) {
            return null;
        }
        Object[] row = (Object[]) entityManager
                .createNativeQuery("""
                select fingerprint, state, status, location, body,
                       claimed_at < now() - make_interval(secs => ?3) as abandoned
                from idempotent_request where client_id = ?1 and idempotency_key = ?2 for update""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, (double) ABANDONED_AFTER.toSeconds())
                .getSingleResult();
        if (!fingerprint.equals(row[0])) {
            throw new RuleBroken(
                    "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        if ("DONE".equals(row[1])) {
            Answer stored = new Answer(
                    ((Number) row[2]).intValue(), row[3] == null ? null : URI.create((String) row[3]), (String) row[4]);
            return stored.toResponse().header("Idempotent-Replayed", "true").build();
        }
        if (Boolean.TRUE.equals(row[5])) {
            entityManager
                    .createNativeQuery("""
                    update idempotent_request set claimed_at = now() where client_id = ?1 and idempotency_key = ?2""")
                    .setParameter(1, clientId)
                    .setParameter(2, key)
                    .executeUpdate();
            return null;
        }
        throw new Conflict(
                "request-in-flight",
                "A request with this Idempotency-Key is still being processed; retry shortly",
                Map.of("retryable", true));
    }

    private void complete(String clientId, String key, Answer answer) {
        entityManager
                .createNativeQuery("""
                update idempotent_request set state = 'DONE', status = ?3, location = ?4, body = ?5
                where client_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, clientId)
                .setParameter(2, key)
                .setParameter(3, answer.status())
                .setParameter(
                        4, answer.location() == null ? null : answer.location().toString())
                .setParameter(5, answer.body())
                .executeUpdate();
    }

    /** Serialises an answer body the way it will be stored and replayed. */
    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first answer to a request: kept and replayed as it was. */
    public record Answer(int status, URI location, String body) {

        Response.ResponseBuilder toResponse() {
            Response.ResponseBuilder builder =
                    Response.status(status).type("application/json").entity(body);
            if (location != null) {
                builder.location(location);
            }
            return builder;
        }
    }
}
