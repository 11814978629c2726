package io.huike.reporting.outreach;

import io.huike.reporting.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The four ones per year and campaign progress, only ever for the communities given. */
@ApplicationScoped
public class OutreachQueries {

    private final EntityManager entityManager;

    OutreachQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One entry per community asked for, including those without pairings. */
    @SuppressWarnings("unchecked")
    public List<FourOnesProgress> fourOnes(Collection<String> communities, Year year) {
        if (communities.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> kindsByPairing = new HashMap<>();
        List<Object[]> activities = entityManager
                .createNativeQuery("""
                select cast(pairing_id as text), kind from outreach_activity
                where community_id in (:communities) and done_on >= :first and done_on <= :last""")
                .setParameter("communities", communities)
                .setParameter("first", year.atDay(1))
                .setParameter("last", year.atDay(year.length()))
                .getResultList();
        activities.forEach(a -> kindsByPairing
                .computeIfAbsent((String) a[0], k -> new HashSet<>())
                .add((String) a[1]));
        Map<String, FourOnes> byCommunity = new TreeMap<>();
        communities.forEach(c -> byCommunity.put(c, new FourOnes(year)));
        List<Object[]> pairings = entityManager
                .createNativeQuery("""
                select cast(pairing_id as text), community_id, start_date, end_date from pairing
                where community_id in (:communities)""")
                .setParameter("communities", communities)
                .getResultList();
        for (Object[] p : pairings) {
            FourOnes tally = byCommunity.get((String) p[1]);
            if (tally.owes(NativeRows.localDate(p[2]), NativeRows.localDate(p[3]))) {
                tally.add(kindsByPairing.getOrDefault((String) p[0], Set.of()));
            }
        }
        List<FourOnesProgress> progress = new ArrayList<>();
        byCommunity.forEach((community, tally) -> progress.add(tally.progress(community)));
        return progress;
    }

    /** Every campaign of the communities with a contact recorded, the most recently active first. */
    @SuppressWarnings("unchecked")
    public List<CampaignProgress> campaigns(Collection<String> communities) {
        if (communities.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                with latest as (
                    select distinct on (campaign_id, target_id) community_id, campaign_id, outcome, contacted_at
                    from campaign_contact where community_id in (:communities)
                    order by campaign_id, target_id, sequence desc)
                select community_id, cast(campaign_id as text), outcome, count(*),
                       max(max(contacted_at)) over (partition by campaign_id)
                from latest group by community_id, campaign_id, outcome
                order by 5 desc, 2, 3""")
                .setParameter("communities", communities)
                .getResultList();
        Map<String, CampaignProgress> byCampaign = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            String campaign = (String) row[1];
            CampaignProgress sofar = byCampaign.get(campaign);
            Map<String, Long> outcomes = new TreeMap<>(sofar == null ? Map.of() : sofar.byOutcome());
            long count = ((Number) row[3]).longValue();
            outcomes.put((String) row[2], count);
            byCampaign.put(
                    campaign,
                    new CampaignProgress(
                            (String) row[0],
                            campaign,
                            (sofar == null ? 0 : sofar.targetsContacted()) + count,
                            outcomes,
                            NativeRows.instant(row[4])));
        }
        return List.copyOf(byCampaign.values());
    }
}
