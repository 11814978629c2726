package io.huike.outreach.campaigns;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How far a notification campaign has come. Each person counts once, by the latest contact with them; someone
 * contacted twice, first not reached and then done, counts as done.
 *
 * @param targets everyone on the list
 * @param notContacted those nobody has contacted yet
 * @param byOutcome the number of people by their latest outcome
 * @param settled those who need no further contact (done or refused)
 * @param percentDone those done, of everyone on the list, rounded down
 */
public record CampaignProgress(
        int targets, int notContacted, Map<ContactOutcome, Integer> byOutcome, int settled, int percentDone) {

    /** One contact as the progress rule sees it. */
    public record Attempt(UUID targetId, ContactOutcome outcome, Instant at) {}

    public static CampaignProgress of(int targets, Collection<Attempt> attempts) {
        Map<UUID, Attempt> latest = latest(attempts);
        Map<ContactOutcome, Integer> byOutcome = new EnumMap<>(ContactOutcome.class);
        for (ContactOutcome outcome : ContactOutcome.values()) {
            byOutcome.put(outcome, 0);
        }
        latest.values().forEach(a -> byOutcome.merge(a.outcome(), 1, Integer::sum));
        int settled = (int)
                latest.values().stream().filter(a -> a.outcome().isSettled()).count();
        int done = byOutcome.get(ContactOutcome.DONE);
        return new CampaignProgress(
                targets, targets - latest.size(), byOutcome, settled, targets == 0 ? 0 : done * 100 / targets);
    }

    /** The latest contact with each person; of two at the same instant, the one listed later wins. */
    public static Map<UUID, Attempt> latest(Collection<Attempt> attempts) {
        Map<UUID, Attempt> latest = new HashMap<>();
        for (Attempt attempt : attempts) {
            latest.merge(attempt.targetId(), attempt, (a, b) -> b.at().isBefore(a.at()) ? a : b);
        }
        return latest;
    }
}
