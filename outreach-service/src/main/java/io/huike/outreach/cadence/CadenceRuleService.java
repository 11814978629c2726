package io.huike.outreach.cadence;

import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.roster.RosterReferences;
import io.huike.outreach.CommunityDays;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.pairings.ActivityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Sets, lists and retires a community's cadence rules. */
@ApplicationScoped
public class CadenceRuleService {

    private final CadenceRuleRepository rules;
    private final RosterReferences references;
    private final Clock clock = Clock.systemUTC();

    CadenceRuleService(CadenceRuleRepository rules, RosterReferences references) {
        this.rules = rules;
        this.references = references;
    }

    /** Sets a rule for a community the roster has announced, in force from today unless another day is given. */
    @Transactional
    public CadenceRule set(
            String community,
            HouseholdKind householdKind,
            ActivityKind activityKind,
            CadencePeriod period,
            Integer daysBefore,
            LocalDate effectiveFrom,
            String description,
            String by) {
        references.requireCommunity(community);
        Instant now = now();
        CadenceRule rule = CadenceRule.set(
                community,
                householdKind,
                activityKind,
                period,
                daysBefore,
                effectiveFrom != null ? effectiveFrom : CommunityDays.dayOf(now),
                description,
                by,
                now);
        rules.persist(rule);
        return rule;
    }

    @Transactional
    public void retire(UUID id, String community, Collection<String> scope) {
        rules.findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No cadence rule " + id + " in community " + community))
                .retire(now());
    }

    /** The rules in force, by household kind. */
    public List<CadenceRule> inForce(String community, Collection<String> scope) {
        return rules.activeInScope(community, scope);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
