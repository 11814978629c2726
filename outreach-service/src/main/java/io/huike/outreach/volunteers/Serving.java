package io.huike.outreach.volunteers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One volunteer serving in an activity: who, and for how many hours. */
@Embeddable
public class Serving {

    @Column(name = "volunteer_id", nullable = false)
    private UUID volunteerId;

    @Column(nullable = false, precision = 3, scale = 1)
    private BigDecimal hours;

    protected Serving() {}

    public Serving(UUID volunteerId, BigDecimal hours) {
        this.volunteerId = volunteerId;
        this.hours = hours;
    }

    public UUID volunteerId() {
        return volunteerId;
    }

    public BigDecimal hours() {
        return hours;
    }
}
