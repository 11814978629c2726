package io.huike.reporting.outreach;

import io.huike.reporting.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
    public List<FourOnesProgress> fourOnes(Collection<String> communities, Year year) {
        if (communities.isEmpty()) {
            return List.of();
        }
        Map<String, FourOnes> byCommunity = new TreeMap<>();
        communities.forEach(c -> byCommunity.put(c, new FourOnes(year)));
        // One row per pairing with the kinds of activity done for it in the year, gathered in the database.
        Query pairings = entityManager
                .createNativeQuery("""
                select p.community_id, p.start_date, p.end_date, cast(coalesce(a.kinds, '{}') as text[])
                from pairing p
                left join (select pairing_id, array_agg(distinct kind) as kinds from outreach_activity
                           where community_id in (:communities) and done_on >= :first and done_on <= :last
                           group by pairing_id) a on a.pairing_id = p.pairing_id
                where p.community_id in (:communities)""")
                .setParameter("communities", communities)
                .setParameter("first", year.atDay(1))
                .setParameter("last", year.atDay(year.length()));
        for (PairingRow pairing : NativeRows.list(pairings, PairingRow::of)) {
            FourOnes tally = byCommunity.get(pairing.communityId());
            if (tally.owes(pairing.start(), pairing.end())) {
                tally.add(pairing.kinds());
            }
        }
        List<FourOnesProgress> progress = new ArrayList<>();
        byCommunity.forEach((community, tally) -> progress.add(tally.progress(community)));
        return progress;
    }

    /** Every campaign of the communities with a contact recorded, the most recently active first. */
    public List<CampaignProgress> campaigns(Collection<String> communities) {
        if (communities.isEmpty()) {
            return List.of();
        }
        Query rows = entityManager.createNativeQuery("""
                with latest as (
                    select distinct on (campaign_id, target_id) community_id, campaign_id, outcome, contacted_at
                    from campaign_contact where community_id in (:communities)
                    order by campaign_id, target_id, sequence desc)
                select community_id, cast(campaign_id as text), outcome, count(*),
                       max(max(contacted_at)) over (partition by campaign_id)
                from latest group by community_id, campaign_id, outcome
                order by 5 desc, 2, 3""").setParameter("communities", communities);
        Map<String, CampaignProgress> byCampaign = new LinkedHashMap<>();
        for (CampaignOutcomeRow row : NativeRows.list(rows, CampaignOutcomeRow::of)) {
            CampaignProgress sofar = byCampaign.get(row.campaignId());
            Map<String, Long> outcomes = new TreeMap<>(sofar == null ? Map.of() : sofar.byOutcome());
            outcomes.put(row.outcome(), row.targets());
            byCampaign.put(
                    row.campaignId(),
                    new CampaignProgress(
                            row.communityId(),
                            row.campaignId(),
                            (sofar == null ? 0 : sofar.targetsContacted()) + row.targets(),
                            outcomes,
                            row.lastContactAt()));
        }
        return List.copyOf(byCampaign.values());
    }

    /** A pairing of a community with its dates, either of which may not be known yet, and its kinds of activity. */
    private record PairingRow(String communityId, LocalDate start, LocalDate end, Set<String> kinds) {

        static PairingRow of(Object[] row) {
            return new PairingRow(
                    (String) row[0], NativeRows.localDate(row[1]), NativeRows.localDate(row[2]), Set.of((String[])
                            row[3]));
        }
    }

    /** How many of a campaign's targets stand at one outcome by their latest contact, and its last contact. */
    private record CampaignOutcomeRow(
            String communityId, String campaignId, String outcome, long targets, Instant lastContactAt) {

        static CampaignOutcomeRow of(Object[] row) {
            return new CampaignOutcomeRow(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    NativeRows.number(row[3]),
                    NativeRows.instant(row[4]));
        }
    }
}
