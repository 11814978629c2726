package io.huike.reporting.roster.messaging;

import io.huike.plumbing.inbox.InboundEvents;
import io.huike.reporting.roster.RosterCopy;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the roster's events, through the roster copy: communities and duty shifts. */
@ApplicationScoped
public class RosterEventsConsumer {

    private final InboundEvents inbound;
    private final RosterCopy roster;

    RosterEventsConsumer(InboundEvents inbound, RosterCopy roster) {
        this.inbound = inbound;
        this.roster = roster;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one community's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction.
     */
    @Incoming("roster-events")
    @Blocking
    public void onRosterEvents(List<String> messages) {
        inbound.apply(messages, roster::apply);
    }
}
