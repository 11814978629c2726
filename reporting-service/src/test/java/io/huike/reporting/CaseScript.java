package io.huike.reporting;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huike.testing.TopicRecords;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The events of one scripted case, in the order the case service would publish them (sequence 1, 2, 3...). */
final class CaseScript {

    final String community;
    final String caseId = UUID.randomUUID().toString();
    final List<String> events = new ArrayList<>();

    CaseScript(String community) {
        this.community = community;
    }

    CaseScript registered(
            String trackingNumber,
            String channel,
            String category,
            String grid,
            String at,
            String firstContactDue,
            String feedbackDue) {
        ObjectNode data = base().put("trackingNumber", trackingNumber)
                .put("channel", channel)
                .put("category", category)
                .put("urgency", "NORMAL")
                .put("title", category + " " + trackingNumber)
                .put("gridId", grid)
                .put("registeredAt", at)
                .put("registeredBy", "desk")
                .put("firstContactDueAt", firstContactDue)
                .put("feedbackDueAt", feedbackDue);
        return add("case.registered.v1", data);
    }

    CaseScript assigned(String member, String at) {
        return add(
                "case.assigned.v1",
                base().put("assigneeId", member)
                        .put("automatic", false)
                        .put("assignedBy", "admin")
                        .put("assignedAt", at));
    }

    CaseScript started(String at) {
        return add(
                "case.handling-started.v1",
                base().put("handlerId", "m")
                        .put("contactMethod", "PHONE")
                        .put("firstContact", true)
                        .put("startedAt", at));
    }

    CaseScript referred(String referralId, String body, String at, String expectedReplyBy) {
        return add(
                "case.referred.v1",
                base().put("referralId", referralId)
                        .put("body", body)
                        .put("referredAt", at)
                        .put("expectedReplyBy", expectedReplyBy));
    }

    CaseScript referralAnswered(String referralId, String body, String at) {
        return add(
                "case.referral-answered.v1",
                base().put("referralId", referralId)
                        .put("body", body)
                        .put("repliedAt", at)
                        .put("recordedAt", at));
    }

    CaseScript escalated(String month, String reason, String at) {
        return add(
                "case.escalated.v1",
                base().put("meetingMonth", month).put("reason", reason).put("escalatedAt", at));
    }

    CaseScript escalationAnswered(String decision, String at) {
        return add(
                "case.escalation-answered.v1", base().put("decision", decision).put("answeredAt", at));
    }

    CaseScript resolved(String outcome, String at) {
        return add("case.resolved.v1", base().put("outcome", outcome).put("resolvedAt", at));
    }

    CaseScript feedback(String satisfaction, String at) {
        return add(
                "case.feedback-given.v1",
                base().put("method", "PHONE")
                        .put("toldAt", at)
                        .put("satisfaction", satisfaction)
                        .put("recordedAt", at));
    }

    CaseScript closed(String at) {
        return add(
                "case.closed.v1",
                base().put("trackingNumber", "T")
                        .put("outcome", (String) null)
                        .put("resultSummary", "done")
                        .put("closedAt", at)
                        .put("closedBy", "admin"));
    }

    CaseScript reopened(String at, String firstContactDue, String feedbackDue) {
        return add(
                "case.reopened.v1",
                base().put("reopenCount", 1)
                        .put("reason", "not satisfied")
                        .put("reopenedAt", at)
                        .put("firstContactDueAt", firstContactDue)
                        .put("feedbackDueAt", feedbackDue));
    }

    CaseScript overdue(String deadline, String dueAt) {
        return add(
                "case.overdue.v1",
                base().put("deadline", deadline).put("dueAt", dueAt).put("detectedAt", dueAt));
    }

    CaseScript duplicateOf(CaseScript original, String at) {
        return add(
                "case.duplicate-linked.v1",
                base().put("duplicateOf", original.caseId).put("linkedBy", "m").put("linkedAt", at));
    }

    /** The 12345 work order signed for (签收) at {@code at}, within the hotline's limit {@code dueAt} or not. */
    CaseScript acknowledged(String at, String dueAt) {
        return add(
                "case.hotline-order-acknowledged.v1",
                base().put("hotlineReference", "12345-" + caseId)
                        .put("acknowledgedAt", at)
                        .put("dueAt", dueAt)
                        .put("late", Instant.parse(at).isAfter(Instant.parse(dueAt)))
                        .put("acknowledgedBy", "m-duty"));
    }

    /** The work order returned to the hotline (退单) as not this community's. */
    CaseScript returnedToHotline(String at) {
        return add(
                "case.returned-to-hotline.v1",
                base().put("trackingNumber", "T")
                        .put("hotlineReference", "12345-" + caseId)
                        .put("reason", "地址属于钟楼社区")
                        .put("returnedAt", at)
                        .put("returnedBy", "m-zhao"));
    }

    /** More time asked of the hotline (延期申请) for the feedback, and refused. */
    CaseScript extensionAskedAndRefused(String currentDueAt, String until, String at) {
        add(
                "case.hotline-extension-requested.v1",
                base().put("hotlineReference", "12345-" + caseId)
                        .put("deadline", "FEEDBACK")
                        .put("currentDueAt", currentDueAt)
                        .put("until", until)
                        .put("reason", "等待施工")
                        .put("requestedAt", at)
                        .put("requestedBy", "m-zhao"));
        return add(
                "case.hotline-extension-refused.v1",
                base().put("hotlineReference", "12345-" + caseId)
                        .put("deadline", "FEEDBACK")
                        .put("until", until)
                        .put("note", "请按原时限办结")
                        .put("refusedAt", at));
    }

    /** The hotline told the result (回复). */
    CaseScript repliedToHotline(String outcome, String at) {
        return add(
                "case.hotline-replied.v1",
                base().put("hotlineReference", "12345-" + caseId)
                        .put("outcome", outcome)
                        .put("reply", "已办结")
                        .put("repliedAt", at)
                        .put("repliedBy", "m-zhao"));
    }

    /**
     * Publishes the events of these sequence numbers, in this order (repeats are redeliveries), keyed by the case,
     * and adds every event of the script to {@code applied}.
     */
    void publish(KafkaCompanion kafka, List<String> applied, int... order) {
        List<String> values = new ArrayList<>();
        for (int sequence : order) {
            values.add(event(sequence));
        }
        TopicRecords.publish(kafka, "case-events", caseId, values.toArray(String[]::new));
        applied.addAll(events);
    }

    /** The event of this sequence number (1-based). */
    String event(int sequence) {
        return events.get(sequence - 1);
    }

    private ObjectNode base() {
        return Envelopes.data().put("caseId", caseId);
    }

    private CaseScript add(String type, ObjectNode data) {
        events.add(Envelopes.envelope("case-service", community, caseId, type, events.size() + 1, data));
        return this;
    }
}
