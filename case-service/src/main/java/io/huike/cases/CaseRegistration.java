package io.huike.cases;

import io.huike.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Registers cases: the new row and its {@code case.registered} event commit in one transaction. */
@ApplicationScoped
public class CaseRegistration {

    /** Tracking numbers count by the community's calendar year. */
    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final CaseRepository cases;
    private final TrackingNumbers trackingNumbers;
    private final Outbox outbox;
    private final Clock clock;

    CaseRegistration(CaseRepository cases, TrackingNumbers trackingNumbers, Outbox outbox) {
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Case register(NewCase request, String registeredBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String trackingNumber = trackingNumbers.next(request.communityId(), now.atZone(COMMUNITY_ZONE).getYear());
        Case.Registration registration = Case.register(request.communityId(), trackingNumber, request.channel(),
                request.category(), request.urgency(), request.gridId(), request.description(), registeredBy, now);
        Case registered = registration.registered();
        cases.persist(registered);
        outbox.append(registered.id().toString(), registered.communityId(), registered.sequence(), registration.event());
        return registered;
    }

    /** What the desk knows when it registers a case. */
    public record NewCase(String communityId, Channel channel, Category category, Urgency urgency, String gridId,
            String description) {
    }
}
