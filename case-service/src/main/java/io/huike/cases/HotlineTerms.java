package io.huike.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A 12345 hotline's own time limits for its work orders: how soon a community must sign for an order (签收) and
 * how long it may still return one that is not its own (退单). Each hotline sets its own; an order keeps the terms it
 * was dispatched under.
 */
@Entity
@Table(name = "hotline_terms")
public class HotlineTerms {

    /** The longest limit a hotline may set: a week. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    @Id
    private String hotline;

    @Column(name = "acknowledge_within_minutes", nullable = false)
    private int acknowledgeWithinMinutes;

    @Column(name = "return_within_minutes", nullable = false)
    private int returnWithinMinutes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected HotlineTerms() {}

    HotlineTerms(String hotline, Limits limits, Instant now) {
        this.hotline = hotline;
        set(limits, now);
    }

    void set(Limits limits, Instant now) {
        acknowledgeWithinMinutes = (int) limits.acknowledgeWithin().toMinutes();
        returnWithinMinutes = (int) limits.returnWithin().toMinutes();
        updatedAt = now;
    }

    public Limits limits() {
        return new Limits(Duration.ofMinutes(acknowledgeWithinMinutes), Duration.ofMinutes(returnWithinMinutes));
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The two limits, each from one minute to a week, counted from the order's dispatch. */
    public record Limits(Duration acknowledgeWithin, Duration returnWithin) {

        /** Until a hotline sets its own: sign within 2 hours, return within 24. */
        public static final Limits DEFAULT = new Limits(Duration.ofHours(2), Duration.ofHours(24));

        public Limits {
            requireWithinAWeek(acknowledgeWithin, "acknowledgeWithinMinutes");
            requireWithinAWeek(returnWithin, "returnWithinMinutes");
        }

        private static void requireWithinAWeek(Duration limit, String field) {
            if (limit == null || limit.toMinutes() < 1 || limit.toMinutes() > MAX_MINUTES) {
                throw new CaseRuleViolation(field, "from 1 minute to " + MAX_MINUTES + " minutes (a week)");
            }
        }
    }
}
