package io.huike.workbench.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Every field a case page's forms can send. Each form sends the case's {@code version} as the page showed it, and
 * the fields of its own action, named as case-service names them in its request bodies.
 */
public class ActionFields {

    @RestForm
    public String version;

    @RestForm
    public String memberId;

    @RestForm
    public String contactMethod;

    @RestForm
    public String body;

    @RestForm
    public String contact;

    @RestForm
    public String theirReference;

    @RestForm
    public String expectedReplyBy;

    @RestForm
    public String referralId;

    @RestForm
    public String answer;

    @RestForm
    public String repliedAt;

    @RestForm
    public String meetingMonth;

    @RestForm
    public String reason;

    @RestForm
    public String decision;

    @RestForm
    public String reply;

    @RestForm
    public String outcome;

    @RestForm
    public String referredTo;

    @RestForm
    public String actionsTaken;

    @RestForm
    public String method;

    @RestForm
    public String toldAt;

    @RestForm
    public String satisfaction;

    @RestForm
    public String comment;

    @RestForm
    public String deadline;

    @RestForm
    public String until;

    @RestForm
    public String text;

    @RestForm
    public String shareable;

    /** The fields as sent, to show them again after a refusal. */
    public Map<String, String> entered() {
        Map<String, String> entered = new LinkedHashMap<>();
        put(entered, "memberId", memberId);
        put(entered, "contactMethod", contactMethod);
        put(entered, "body", body);
        put(entered, "contact", contact);
        put(entered, "theirReference", theirReference);
        put(entered, "expectedReplyBy", expectedReplyBy);
        put(entered, "referralId", referralId);
        put(entered, "answer", answer);
        put(entered, "repliedAt", repliedAt);
        put(entered, "meetingMonth", meetingMonth);
        put(entered, "reason", reason);
        put(entered, "decision", decision);
        put(entered, "reply", reply);
        put(entered, "outcome", outcome);
        put(entered, "referredTo", referredTo);
        put(entered, "actionsTaken", actionsTaken);
        put(entered, "method", method);
        put(entered, "toldAt", toldAt);
        put(entered, "satisfaction", satisfaction);
        put(entered, "comment", comment);
        put(entered, "deadline", deadline);
        put(entered, "until", until);
        put(entered, "text", text);
        put(entered, "shareable", shareable);
        return entered;
    }

    private static void put(Map<String, String> entered, String name, String value) {
        if (value != null) {
            entered.put(name, value);
        }
    }
}
