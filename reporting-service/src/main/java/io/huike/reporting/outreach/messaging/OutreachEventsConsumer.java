package io.huike.reporting.outreach.messaging;

import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.outreach.OutreachProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the outreach service's events: pairings, their activities, campaign contacts and volunteers. */
@ApplicationScoped
public class OutreachEventsConsumer {

    private final InboundEvents inbound;
    private final OutreachProjection projection;

    OutreachEventsConsumer(InboundEvents inbound, OutreachProjection projection) {
        this.inbound = inbound;
        this.projection = projection;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one pairing's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction.
     */
    @Incoming("outreach-events")
    @Blocking
    public void onOutreachEvents(List<String> messages) {
        inbound.apply(messages, projection::apply);
    }
}
