package io.huike.outreach.households.api;

import io.huike.outreach.households.Household;
import io.huike.outreach.households.HouseholdKind;
import io.huike.outreach.households.HouseholdService;
import io.huike.outreach.households.HouseholdStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A household as callers see it; phone numbers masked unless the caller's role needs them. */
@Schema(example = """
        {"id":"7b9e4c1a-2d3f-4e5a-9b8c-1d2e3f4a5b6c","communityId":"gulou","name":"马大爷",
         "kind":"ELDERLY_LIVING_ALONE","address":"鼓楼巷 12 号 2 单元 301","gridId":"grid-3","needs":"行动不便，需要代缴医保、代取药",
         "status":"ACTIVE","contacts":[{"name":"马建国","relation":"儿子","phone":"138****5678"}],
         "registeredAt":"2026-01-04T02:00:00Z","registeredBy":"admin-li","version":0}""")
public record HouseholdView(
        UUID id,
        String communityId,
        String name,
        HouseholdKind kind,
        String address,
        String gridId,
        String needs,
        HouseholdStatus status,
        List<ContactView> contacts,
        Instant registeredAt,
        String registeredBy,
        long version) {

    static HouseholdView of(HouseholdService.Shown shown) {
        Household h = shown.household();
        return new HouseholdView(
                h.id(),
                h.communityId(),
                h.name(),
                h.kind(),
                h.address(),
                h.gridId(),
                h.needs(),
                h.status(),
                shown.contacts().stream()
                        .map(c -> ContactView.of(c, shown.unmasked()))
                        .toList(),
                h.registeredAt(),
                h.registeredBy(),
                h.version());
    }
}
