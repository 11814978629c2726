package io.huike.outreach.visits;

import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Closes the loop back to the household: links a concern to the case registered for it, shows the case's outcome
 * on the concern once the case is closed, and opens the concern again when the case is reopened. Cases without a
 * concern of this service are ignored.
 */
@ApplicationScoped
public class ConcernOutcomes {

    private final ConcernRepository concerns;
    private final EventCodec codec;

    ConcernOutcomes(ConcernRepository concerns, EventCodec codec) {
        this.concerns = concerns;
        this.codec = codec;
    }

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        switch (event.type()) {
            case "case.registered.v1" -> {
                // Linking adds a fact and overwrites none, so it applies even after a newer event of the case.
                CaseRegisteredV1 data = codec.data(event, CaseRegisteredV1.class);
                if (data.concernId() != null) {
                    concerns.ofCommunity(data.concernId(), event.community())
                            .ifPresent(c -> c.caseRegistered(data.caseId(), data.trackingNumber()));
                }
            }
            case "case.closed.v1" -> {
                if (!receipt.newestOfAggregate()) {
                    return;
                }
                CaseClosedV1 data = codec.data(event, CaseClosedV1.class);
                concerns.ofCase(data.caseId(), event.community())
                        .ifPresent(c -> c.caseClosed(
                                data.trackingNumber(), data.outcome(), data.resultSummary(), data.closedAt()));
            }
            case "case.reopened.v1" -> {
                if (receipt.newestOfAggregate()) {
                    CaseReopenedV1 data = codec.data(event, CaseReopenedV1.class);
                    concerns.ofCase(data.caseId(), event.community()).ifPresent(Concern::caseReopened);
                }
            }
            default -> {}
        }
    }
}
