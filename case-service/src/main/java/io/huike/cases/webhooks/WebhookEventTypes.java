package io.huike.cases.webhooks;

import java.util.Set;

/**
 * The event types a subscription may name: every type of the catalogue on case-events, roster-events and
 * outreach-events ({@code WebhookEventTypesTest} keeps this list equal to the catalogue).
 */
public final class WebhookEventTypes {

    public static final Set<String> ALL = Set.of(
            "case.registered.v1",
            "case.assigned.v1",
            "case.handling-started.v1",
            "case.referred.v1",
            "case.referral-answered.v1",
            "case.escalated.v1",
            "case.escalation-answered.v1",
            "case.resolved.v1",
            "case.feedback-given.v1",
            "case.closed.v1",
            "case.reopened.v1",
            "case.extended.v1",
            "case.overdue.v1",
            "case.duplicate-linked.v1",
            "case.hotline-order-acknowledged.v1",
            "case.returned-to-hotline.v1",
            "case.hotline-extension-requested.v1",
            "case.hotline-extension-refused.v1",
            "case.hotline-replied.v1",
            "reception-visit.recorded.v1",
            "community.registered.v1",
            "community.updated.v1",
            "grid.drawn.v1",
            "reception-room.opened.v1",
            "member.registered.v1",
            "member.updated.v1",
            "calendar.closure-added.v1",
            "duty-shift.scheduled.v1",
            "duty-shift.swapped.v1",
            "duty.checked-in.v1",
            "pairing.established.v1",
            "pairing.ended.v1",
            "outreach-activity.recorded.v1",
            "concern.raised.v1",
            "campaign.contact-recorded.v1",
            "volunteer.signed-up.v1",
            "volunteer-activity.recorded.v1");

    private WebhookEventTypes() {}
}
