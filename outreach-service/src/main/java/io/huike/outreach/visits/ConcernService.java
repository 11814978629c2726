package io.huike.outreach.visits;

import io.huike.kernel.refusals.FieldViolation;
import io.huike.kernel.refusals.InvalidInput;
import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.outreach.CommunityDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Keeps the household's ledger of concerns: crosses one off once the household was told its outcome (销号). */
@ApplicationScoped
public class ConcernService {

    private final ConcernRepository concerns;

    ConcernService(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    public Concern get(UUID id, String community, Collection<String> scope) {
        return concerns.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No concern " + id + " in community " + community));
    }

    /** One page of a community's concerns, newest first; of a household, that household's ledger. */
    public List<Concern> list(
            String community, Collection<String> scope, UUID householdId, UUID visitId, int page, int size) {
        return concerns.listInScope(community, scope, householdId, visitId, page, size);
    }

    @Transactional
    public Concern crossOff(
            UUID id,
            String community,
            Collection<String> scope,
            long expectedVersion,
            LocalDate toldOn,
            String note,
            String by) {
        if (toldOn.isAfter(CommunityDays.today())) {
            throw new InvalidInput(List.of(new FieldViolation("toldOn", "must not be in the future")));
        }
        Concern concern = get(id, community, scope);
        StaleVersion.check(expectedVersion, concern.version());
        concern.crossOff(toldOn, note, by);
        concerns.flush();
        return concern;
    }
}
