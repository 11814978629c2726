package io.huike.cases.concerns;

import io.huike.cases.Case;
import io.huike.cases.CaseIntakeService;
import io.huike.cases.CaseRepository;
import io.huike.cases.Category;
import io.huike.cases.Channel;
import io.huike.cases.Urgency;
import io.huike.plumbing.events.EventCodec;
import io.huike.plumbing.events.EventEnvelope;
import io.huike.plumbing.inbox.InboxReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.UUID;

/**
 * Turns problems found on home visits ({@code concern.raised}) into cases with channel HOME_VISIT, so they are
 * handled like any other; {@code case.closed} later carries the result back to the visiting member.
 */
@ApplicationScoped
public class ConcernIntake {

    private final CaseIntakeService registration;
    private final CaseRepository cases;
    private final EventCodec codec;

    ConcernIntake(CaseIntakeService registration, CaseRepository cases, EventCodec codec) {
        this.registration = registration;
        this.cases = cases;
        this.codec = codec;
    }

    /** The fields this service reads of {@code concern.raised.v1}. */
    record ConcernRaisedV1(
            UUID concernId,
            String category,
            String urgency,
            String title,
            String description,
            String gridId,
            String raisedBy) {}

    /** MANDATORY: runs in the transaction that records the event in the inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event, InboxReceipt receipt) {
        if (!"concern.raised.v1".equals(event.type())) {
            return;
        }
        ConcernRaisedV1 concern = codec.data(event, ConcernRaisedV1.class);
        if (concern.concernId() == null
                || concern.description() == null
                || concern.description().isBlank()
                || cases.findByConcern(concern.concernId()).isPresent()) {
            return;
        }
        String title = concern.title() == null || concern.title().isBlank()
                ? concern.description().lines().findFirst().orElse("").strip()
                : concern.title();
        registration.register(new Case.NewCaseFacts(
                event.community(),
                Channel.HOME_VISIT,
                new Case.Matter(
                        categoryOf(concern),
                        "URGENT".equals(concern.urgency()) ? Urgency.URGENT : Urgency.NORMAL,
                        concern.gridId(),
                        title.length() > 200 ? title.substring(0, 200) : title,
                        concern.description()),
                Case.Resident.UNKNOWN,
                Case.Origin.concern(concern.concernId()),
                concern.raisedBy() == null ? event.source() : concern.raisedBy()));
    }

    /** A category this service does not know yet becomes OTHER rather than a lost concern. */
    private static Category categoryOf(ConcernRaisedV1 concern) {
        return Arrays.stream(Category.values())
                .filter(c -> c.name().equals(concern.category()))
                .findFirst()
                .orElse(Category.OTHER);
    }
}
