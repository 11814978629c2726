package io.huike.outreach.visits.messaging;

import io.huike.outreach.visits.ConcernOutcomes;
import io.huike.plumbing.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the case service's events to the concerns this service raised. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final InboundEvents inbound;
    private final ConcernOutcomes outcomes;

    CaseEventsConsumer(InboundEvents inbound, ConcernOutcomes outcomes) {
        this.inbound = inbound;
        this.outcomes = outcomes;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one case's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction.
     */
    @Incoming("case-events")
    @Blocking
    public void onCaseEvents(List<String> messages) {
        inbound.apply(messages, outcomes::apply);
    }
}
