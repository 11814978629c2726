package io.huike.reporting.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;

/** Tells live views which communities' figures changed, once the change is committed. */
@ApplicationScoped
public class FigureChangeFeed {

    private final BroadcastProcessor<FiguresChanged> changes = BroadcastProcessor.create();

    /** AFTER_SUCCESS: a view that refreshes at once must find the change already committed. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        changes.onNext(change);
    }

    /**
     * The changes of these communities from now on. A batch of events fires many changes at once; a viewer that is
     * still sending the previous one gets only the latest, which is enough, because a view reloads on any change.
     */
    public Multi<FiguresChanged> of(Set<String> communities) {
        return changes.filter(change -> communities.contains(change.communityId()))
                .onOverflow()
                .dropPreviousItems();
    }
}
