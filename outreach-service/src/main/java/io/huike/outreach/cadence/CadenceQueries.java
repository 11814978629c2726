package io.huike.outreach.cadence;

import io.huike.outreach.CommunityDays;
import io.huike.outreach.households.Household;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.households.HouseholdRepository;
import io.huike.outreach.pairings.ActivityKind;
import io.huike.outreach.pairings.OutreachActivity;
import io.huike.outreach.pairings.OutreachActivityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers which of a community's households still wait for an activity its cadence rules ask for. */
@ApplicationScoped
public class CadenceQueries {

    private final CadenceRuleRepository rules;
    private final HouseholdRepository households;
    private final OutreachActivityRepository activities;

    CadenceQueries(CadenceRuleRepository rules, HouseholdRepository households, OutreachActivityRepository activities) {
        this.rules = rules;
        this.households = households;
        this.activities = activities;
    }

    /** Every active household's due and overdue tasks in the year of {@code today}, overdue first. */
    public List<HouseholdTask> tasks(String community, Collection<String> scope, LocalDate today) {
        List<CadenceRule> inForce = rules.activeInScope(community, scope);
        if (inForce.isEmpty()) {
            return List.of();
        }
        int year = today.getYear();
        List<Holiday> holidays = inForce.stream().anyMatch(r -> r.period() == CadencePeriod.BEFORE_HOLIDAYS)
                ? OfficialHolidays.of(year)
                : List.of();
        Map<UUID, Map<ActivityKind, Set<LocalDate>>> done =
                activities
                        .between(
                                community,
                                scope,
                                Year.of(year).atDay(1),
                                Year.of(year).atMonth(12).atEndOfMonth())
                        .stream()
                        .collect(Collectors.groupingBy(
                                OutreachActivity::householdId,
                                Collectors.groupingBy(
                                        OutreachActivity::kind,
                                        Collectors.mapping(OutreachActivity::doneOn, Collectors.toSet()))));
        Map<HouseholdKind, List<Household>> byKind =
                households.activeInScope(community, scope).stream().collect(Collectors.groupingBy(Household::kind));
        List<HouseholdTask> tasks = new ArrayList<>();
        for (CadenceRule rule : inForce) {
            List<CadenceWindow> windows = CadenceSchedule.windows(rule.period(), rule.daysBefore(), year, holidays);
            for (Household household : byKind.getOrDefault(rule.householdKind(), List.of())) {
                LocalDate registered = CommunityDays.dayOf(household.registeredAt());
                LocalDate since = registered.isAfter(rule.effectiveFrom()) ? registered : rule.effectiveFrom();
                Set<LocalDate> doneOn =
                        done.getOrDefault(household.id(), Map.of()).getOrDefault(rule.activityKind(), Set.of());
                CadenceSchedule.tasks(windows, doneOn, since, today)
                        .forEach(task -> tasks.add(new HouseholdTask(household.id(), household.name(), rule, task)));
            }
        }
        tasks.sort(Comparator.comparing((HouseholdTask t) -> t.task().status())
                .thenComparing(t -> t.task().window().to())
                .thenComparing(HouseholdTask::householdName));
        return tasks;
    }

    /** A task of one household under one cadence rule. */
    public record HouseholdTask(UUID householdId, String householdName, CadenceRule rule, CadenceTask task) {}
}
