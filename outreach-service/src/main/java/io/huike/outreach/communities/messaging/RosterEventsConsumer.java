package io.huike.outreach.communities.messaging;

import io.huike.outreach.communities.KnownCommunities;
import io.huike.outreach.communities.KnownGrids;
import io.huike.outreach.members.KnownMembers;
import io.huike.plumbing.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the roster service's events to this service's local copies. */
@ApplicationScoped
public class RosterEventsConsumer {

    private final InboundEvents inbound;
    private final KnownCommunities communities;
    private final KnownMembers members;
    private final KnownGrids grids;

    RosterEventsConsumer(InboundEvents inbound, KnownCommunities communities, KnownMembers members, KnownGrids grids) {
        this.inbound = inbound;
        this.grids = grids;
        this.communities = communities;
        this.members = members;
    }

    /**
     * Blocking and ordered: the handler writes to the database, and one aggregate's events must apply in order. A poll's records
     * come as one batch (the shared connector setting), applied in one transaction.
     */
    @Incoming("roster-events")
    @Blocking
    public void onRosterEvents(List<String> messages) {
        inbound.apply(messages, (event, receipt) -> {
            communities.apply(event, receipt);
            members.apply(event, receipt);
            grids.apply(event, receipt);
        });
    }
}
