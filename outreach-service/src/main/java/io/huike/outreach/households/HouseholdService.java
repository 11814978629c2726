package io.huike.outreach.households;

import io.huike.kernel.refusals.NotFound;
import io.huike.kernel.refusals.StaleVersion;
import io.huike.kernel.roster.RosterReferences;
import io.huike.plumbing.personaldata.PersonalDataReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Registers, revises and shows households. Contacts are shown in full only to roles that need them, and each such
 * showing is written to the audit log in the same transaction as the read.
 */
@ApplicationScoped
public class HouseholdService {

    private static final String RECORD_TYPE = "household";
    private static final List<String> PERSONAL_FIELDS = List.of("contacts.phone");

    private final HouseholdRepository households;
    private final PersonalDataReads reads;
    private final RosterReferences references;
    private final Clock clock = Clock.systemUTC();

    HouseholdService(HouseholdRepository households, PersonalDataReads reads, RosterReferences references) {
        this.households = households;
        this.reads = reads;
        this.references = references;
    }

    @Transactional
    public Shown register(NewHousehold request, String registeredBy) {
        references.requireCommunity(request.communityId());
        references.requireGrid(request.communityId(), "gridId", request.gridId());
        Household household = Household.register(
                request.communityId(),
                request.name(),
                request.kind(),
                request.address(),
                request.gridId(),
                request.needs(),
                request.contacts(),
                registeredBy,
                now());
        households.persist(household);
        return show(household);
    }

    /** Revises a household the caller last read at {@code expectedVersion}. */
    @Transactional
    public Shown revise(UUID id, String community, Collection<String> scope, long expectedVersion, Revision revision) {
        Household household = find(id, community, scope);
        StaleVersion.check(expectedVersion, household.version());
        references.requireGrid(community, "gridId", revision.gridId());
        household.revise(
                revision.name(),
                revision.address(),
                revision.gridId(),
                revision.needs(),
                revision.status(),
                revision.contacts());
        households.flush();
        return show(household);
    }

    @Transactional
    public Shown get(UUID id, String community, Collection<String> scope) {
        return show(find(id, community, scope));
    }

    @Transactional
    public List<Shown> list(String community, Collection<String> scope, String gridId, int page, int size) {
        return households.listInScope(community, scope, gridId, page, size).stream()
                .map(this::show)
                .toList();
    }

    private Household find(UUID id, String community, Collection<String> scope) {
        return households
                .findInScope(id, community, scope)
                .orElseThrow(() -> new NotFound("No household " + id + " in community " + community));
    }

    private Shown show(Household household) {
        List<Contact> contacts = household.contacts();
        boolean unmasked = reads.callerSeesUnmasked();
        if (unmasked && !contacts.isEmpty()) {
            reads.recordRead(
                    household.communityId(), RECORD_TYPE, household.id().toString(), PERSONAL_FIELDS);
        }
        return new Shown(household, contacts, unmasked);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A household as shown to this caller, its contacts read in the transaction: phone numbers in full or masked. */
    public record Shown(Household household, List<Contact> contacts, boolean unmasked) {}

    /** What the community knows when it registers a household. */
    public record NewHousehold(
            String communityId,
            String name,
            HouseholdKind kind,
            String address,
            String gridId,
            String needs,
            List<Contact> contacts) {}

    /** The household's facts after a revision. */
    public record Revision(
            String name, String address, String gridId, String needs, HouseholdStatus status, List<Contact> contacts) {}
}
