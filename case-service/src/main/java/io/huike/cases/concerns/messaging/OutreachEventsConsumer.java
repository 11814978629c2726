package io.huike.cases.concerns.messaging;

import io.huike.cases.concerns.ConcernIntake;
import io.huike.plumbing.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Registers the concerns that outreach visits raise as cases. */
@ApplicationScoped
public class OutreachEventsConsumer {

    private final InboundEvents inbound;
    private final ConcernIntake intake;

    OutreachEventsConsumer(InboundEvents inbound, ConcernIntake intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one concern's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction.
     */
    @Incoming("outreach-events")
    @Blocking
    public void onOutreachEvents(List<String> messages) {
        inbound.apply(messages, intake::apply);
    }
}
