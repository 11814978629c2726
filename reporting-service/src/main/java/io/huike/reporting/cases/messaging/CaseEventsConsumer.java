package io.huike.reporting.cases.messaging;

import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.cases.CaseProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the case service's events to the case projection. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final InboundEvents inbound;
    private final CaseProjection projection;

    CaseEventsConsumer(InboundEvents inbound, CaseProjection projection) {
        this.inbound = inbound;
        this.projection = projection;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one case's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction, each case's events together.
     */
    @Incoming("case-events")
    @Blocking
    public void onCaseEvents(List<String> messages) {
        inbound.apply(messages, projection::applyAll);
    }
}
