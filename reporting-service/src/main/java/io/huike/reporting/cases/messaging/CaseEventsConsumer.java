package io.huike.reporting.cases.messaging;

import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.cases.CaseFacts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the case service's events to the case facts. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final InboundEvents inbound;
    private final CaseFacts facts;

    CaseEventsConsumer(InboundEvents inbound, CaseFacts facts) {
        this.inbound = inbound;
        this.facts = facts;
    }

    /** Blocking and ordered: the handler writes to the database, and one case's events must apply in order. */
    @Incoming("case-events")
    @Blocking
    public void onCaseEvent(String message) {
        inbound.apply(message, facts::apply);
    }
}
